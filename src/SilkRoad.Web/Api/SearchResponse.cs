using SilkRoad.Search;

namespace SilkRoad.Web.Api;

/// <summary>The JSON of <c>GET /api/search</c>.</summary>
internal sealed record SearchResponse(
    long Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetResult> Facets,
    string? DidYouMean,
    string? NextCursor,
    double TookMs,
    IReadOnlyList<QueryExpansion> Expansions)
{
    public static SearchResponse From(SearchResults results) => new(results.Total, results.Hits, results.Facets,
        results.DidYouMean, results.NextCursor, Math.Round(results.Elapsed.TotalMilliseconds, 2), results.Expansions);
}
