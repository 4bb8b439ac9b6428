namespace SilkRoad.Web.Charts;

/// <summary>
/// The shades of a choropleth: a count of zero is shade 0 (unshaded), the others fall into <see cref="Shades"/>
/// classes on a logarithmic scale up to the largest count, since the counts of a few countries are a hundred times
/// those of most. A larger count never gets a lighter shade.
/// </summary>
public sealed class WorldMapShading
{
    public const int Shades = 5;

    private readonly long[] _lowest;

    public WorldMapShading(long largest)
    {
        Largest = Math.Max(0, largest);
        // Shade k (1..5) starts at (largest + 1)^((k - 1) / 5): 1, then growing by the same factor each time.
        _lowest = Enumerable.Range(0, Shades)
            .Select(k => Math.Max(1, (long)Math.Ceiling(Math.Pow(Largest + 1, (double)k / Shades) - 1e-9)))
            .ToArray();
    }

    public long Largest { get; }

    public int Shade(long count)
    {
        if (count <= 0) return 0;
        var shade = 1;
        for (var k = 1; k < Shades; k++)
            if (count >= _lowest[k]) shade = k + 1;
        return shade;
    }

    /// <summary>The shades with the counts they stand for, lowest first; shades no count can fall into are left out.</summary>
    public IReadOnlyList<(int Shade, long From, long To)> Ranges()
    {
        var ranges = new List<(int, long, long)>();
        for (var k = 0; k < Shades; k++)
        {
            var from = _lowest[k];
            var to = k + 1 < Shades ? _lowest[k + 1] - 1 : Largest;
            if (from <= to && from <= Largest) ranges.Add((k + 1, from, Math.Min(to, Largest)));
        }
        return ranges;
    }
}
