using Microsoft.AspNetCore.Http.HttpResults;
using SilkRoad.Search;

namespace SilkRoad.Web.Api;

internal static class SearchEndpoints
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/search");
        api.MapGet("/", SearchAsync);
        api.MapGet("/suggest", SuggestAsync);
        app.MapGet("/api/resources/{id:long}/related", RelatedAsync);
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(HttpRequest http,
        ISearchIndex index, CancellationToken cancellationToken)
    {
        if (!SearchQueryString.TryRead(http.Query, out var request, out var problem))
            return TypedResults.ValidationProblem(problem);
        var results = await index.SearchAsync(request, cancellationToken);
        if (results.Error is { } error)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [SearchQueryString.FieldOf(error.Code)] = [$"{error.Message} (at character {error.Position + 1})"],
            });
        return TypedResults.Ok(SearchResponse.From(results));
    }

    private static async Task<Ok<IReadOnlyList<Suggestion>>> SuggestAsync(string? q, int? count, ISearchIndex index,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await index.SuggestAsync(q ?? "", Math.Clamp(count ?? 8, 1, 20), cancellationToken));

    private static async Task<Ok<IReadOnlyList<SearchHit>>> RelatedAsync(long id, int? count, ISearchIndex index,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await index.RelatedAsync(id, Math.Clamp(count ?? 5, 1, 20), cancellationToken));
}
