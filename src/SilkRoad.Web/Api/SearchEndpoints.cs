using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SilkRoad.Search;
using SilkRoad.Search.Queries;
using SilkRoad.Search.Translation;
using SilkRoad.Web.Pages.Search;

namespace SilkRoad.Web.Api;

internal static class SearchEndpoints
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/search");
        api.MapGet("/", SearchAsync);
        api.MapGet("/suggest", SuggestAsync);
        app.MapGet("/api/resources/{id:long}/related", RelatedAsync);
        app.MapGet("/api/concepts/{key}", Concept);
    }

    private static Results<Ok<ConceptResponse>, NotFound> Concept(string key, CrossLanguageSources sources) =>
        sources.Thesaurus.Find(key) is { } concept ? TypedResults.Ok(ConceptResponse.From(concept)) : TypedResults.NotFound();

    // The same address rules as the results page (SearchParameters); the API also counts the source facet.
    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(HttpRequest http,
        ISearchIndex index, IStringLocalizer<PortalText> text, CancellationToken cancellationToken)
    {
        var parameters = SearchParameters.Parse(http.Query, out var errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors.GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message(text)).ToArray()));
        var results = await index.SearchAsync(parameters.ToRequest() with { Facets = FacetNames.All }, cancellationToken);
        if (results.Error is { } error)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [FieldOf(error.Code)] = [error.Message], // the engine's messages say where, counting from 1
            });
        return TypedResults.Ok(SearchResponse.From(results));
    }

    /// <summary>The query-string parameter a search error is about.</summary>
    private static string FieldOf(QueryErrorCode code) => code switch
    {
        QueryErrorCode.InvalidPage => "page",
        QueryErrorCode.InvalidFilter => "filter",
        _ => "q",
    };

    // Nobody types a thousand characters before choosing a completion: a longer prefix completes to nothing.
    private static async Task<Ok<IReadOnlyList<Suggestion>>> SuggestAsync(string? q, int? count, ISearchIndex index,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(q is { Length: > 0 and <= SearchRequest.MaxQueryLength }
            ? await index.SuggestAsync(q, Math.Clamp(count ?? 8, 1, 20), cancellationToken)
            : []);

    private static async Task<Ok<IReadOnlyList<SearchHit>>> RelatedAsync(long id, int? count, ISearchIndex index,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await index.RelatedAsync(id, Math.Clamp(count ?? 5, 1, 20), cancellationToken));
}
