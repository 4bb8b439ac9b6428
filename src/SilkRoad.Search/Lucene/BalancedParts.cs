namespace SilkRoad.Search.Lucene;

/// <summary>
/// Splits things of different sizes (an index's segments) into a number of parts of about equal total size: the
/// largest first, each into the part that is smallest so far (longest processing time first, within 4/3 of the best
/// split). Each part keeps its things in the order they were given, and the parts come in the order of their first
/// thing, so that parts of segments given in document order are in document order too.
/// </summary>
internal static class BalancedParts
{
    public static List<List<T>> Split<T>(IReadOnlyList<T> items, Func<T, long> size, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var totals = new long[Math.Min(parts, items.Count)];
        var partOf = new int[items.Count];
        foreach (var index in Enumerable.Range(0, items.Count).OrderByDescending(i => size(items[i])).ThenBy(i => i))
        {
            var smallest = 0;
            for (var part = 1; part < totals.Length; part++)
                if (totals[part] < totals[smallest]) smallest = part;
            partOf[index] = smallest;
            totals[smallest] += size(items[index]);
        }
        // GroupBy gives the groups in the order of their first element.
        return Enumerable.Range(0, items.Count).GroupBy(i => partOf[i]).Select(g => g.Select(i => items[i]).ToList()).ToList();
    }
}
