using System.Globalization;

namespace SilkRoad.Search.Queries;

/// <summary>
/// Reads the value of <c>year:</c>. Every form becomes a <see cref="RangeNode"/>, a single year included
/// (<c>year:2019</c> is 2019..2019), so an engine translates one shape. Forms: <c>2019</c>, <c>2015..2020</c>,
/// <c>..2000</c>, <c>2015..</c>, and <c>2015-2020</c> as people also write it. Digits of any script are read
/// (<c>٢٠٢٠</c>) and written back in ASCII; years are 1 to 9999.
/// </summary>
internal static class YearValue
{
    public static RangeNode Read(string text, int position)
    {
        var value = text.Trim();
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0) return Range(value[..dots], value[(dots + 2)..], position);

        var dash = value.IndexOfAny(['-', '–', '—'], Math.Min(1, value.Length));
        if (dash > 0) return Range(value[..dash], value[(dash + 1)..], position);

        var year = Format(Parse(value, position));
        return new RangeNode(QueryFields.Year, year, year);
    }

    private static RangeNode Range(string from, string to, int position)
    {
        if (from.Length == 0 && to.Length == 0) throw new QuerySyntaxException(QueryErrors.EmptyRange(position));
        int? first = from.Length == 0 ? null : Parse(from, position);
        int? last = to.Length == 0 ? null : Parse(to, position);
        if (first > last) throw new QuerySyntaxException(QueryErrors.ReversedRange(position, Format(first), Format(last)));
        return new RangeNode(QueryFields.Year, Format(first), Format(last));
    }

    private static int Parse(string text, int position)
    {
        if (text.Length is 0 or > 4 || !text.All(char.IsDigit))
            throw new QuerySyntaxException(QueryErrors.InvalidYear(position, text));
        var year = text.Aggregate(0, (sum, digit) => (sum * 10) + CharUnicodeInfo.GetDecimalDigitValue(digit));
        return year > 0 ? year : throw new QuerySyntaxException(QueryErrors.InvalidYear(position, text));
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(year))]
    private static string? Format(int? year) => year?.ToString(CultureInfo.InvariantCulture);
}
