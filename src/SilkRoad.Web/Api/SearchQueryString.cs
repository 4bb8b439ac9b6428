using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SilkRoad.Search;
using SilkRoad.Search.Queries;

namespace SilkRoad.Web.Api;

/// <summary>
/// Reads a search from a query string, the same for the API and the portal:
/// <c>q, type, language, year, country, subject, source</c> (each filter may repeat), <c>sort, page, pageSize,
/// after, lang</c>.
/// </summary>
internal static class SearchQueryString
{
    public static bool TryRead(IQueryCollection query, [NotNullWhen(true)] out SearchRequest? request,
        out Dictionary<string, string[]> problems)
    {
        problems = [];
        var sort = SearchSort.Relevance;
        if (query["sort"].ToString() is { Length: > 0 } sortText && !Enum.TryParse(sortText, ignoreCase: true, out sort))
            problems["sort"] = ["sort is one of relevance, newest, oldest, title"];
        var page = Number(query, "page", 1, problems);
        var pageSize = Number(query, "pageSize", 20, problems);

        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var facet in FacetNames.All)
            if (query[facet] is { Count: > 0 } values)
                filters[facet] = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();

        request = problems.Count > 0 ? null : new SearchRequest
        {
            Query = query["q"].ToString(),
            Filters = filters,
            Facets = FacetNames.All,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            After = query["after"].ToString() is { Length: > 0 } after ? after : null,
            QueryLanguage = query["lang"].ToString() is { Length: > 0 } lang ? lang : null,
        };
        return request is not null;
    }

    /// <summary>The query-string parameter a search error is about.</summary>
    public static string FieldOf(QueryErrorCode code) => code switch
    {
        QueryErrorCode.InvalidPage => "page",
        QueryErrorCode.InvalidFilter => "filter",
        _ => "q",
    };

    private static int Number(IQueryCollection query, string name, int fallback, Dictionary<string, string[]> problems)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        problems[name] = [$"{name} must be a whole number"];
        return fallback;
    }
}
