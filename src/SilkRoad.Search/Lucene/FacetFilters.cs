using System.Globalization;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Lucene;

/// <summary>Reads a request's selected facet values into filters, with the same normalisation as <c>field:value</c>
/// (<c>type=article</c>, <c>country=China</c>); a year may be a range <c>2015..2020</c>.</summary>
internal static class FacetFilters
{
    public static List<FacetFilter> From(IReadOnlyDictionary<string, IReadOnlyList<string>> selected)
    {
        var filters = new List<FacetFilter>();
        foreach (var (facet, values) in selected)
        {
            var nonEmpty = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
            if (nonEmpty.Count == 0) continue;
            if (!FacetNames.IsKnown(facet)) throw Invalid($"'{facet}' is not a facet");
            if (facet == FacetNames.Year)
            {
                var ranges = nonEmpty.Select(YearRange).Distinct().ToList();
                filters.Add(new FacetFilter(facet, ranges.Select(YearText).ToList(), ranges));
            }
            else
            {
                var normalized = nonEmpty.Select(v => LuceneQueryBuilder.FacetValue(facet, v).Value).Distinct().ToList();
                filters.Add(new FacetFilter(facet, normalized, []));
            }
        }
        return filters;
    }

    private static (int? From, int? To) YearRange(string value)
    {
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        var from = dots < 0 ? value : value[..dots];
        var to = dots < 0 ? value : value[(dots + 2)..];
        var range = (Year(from), Year(to));
        return range.Item1 > range.Item2 ? throw Invalid($"the year range {value} ends before it starts") : range;
    }

    // A selected year as the year facet lists it: one year as counted (2020), a range as written (2016..2020, 2016..).
    private static string YearText((int? From, int? To) range) => range.From == range.To && range.From is { } year
        ? year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{range.From}..{range.To}");

    private static int? Year(string text) =>
        text.Length == 0 ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year
        : throw Invalid($"'{text}' is not a year");

    private static QueryTranslationException Invalid(string message) =>
        new(new QueryError(QueryErrorCode.InvalidFilter, 0, message));
}
