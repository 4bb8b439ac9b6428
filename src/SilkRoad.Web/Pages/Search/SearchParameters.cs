using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using SilkRoad.Core.Languages;
using SilkRoad.Search;

namespace SilkRoad.Web.Pages.Search;

/// <summary>
/// A search as its address says it: <c>?q=&amp;type=&amp;language=&amp;year=&amp;country=&amp;subject=&amp;source=&amp;concept=&amp;sort=&amp;page=&amp;pageSize=&amp;after=&amp;lang=&amp;crossLanguage=&amp;languages=&amp;drop=</c>,
/// a filter repeated for each selected value. The one reader of search addresses: the results page and
/// <c>GET /api/search</c> both parse and check them here, turn them into a <see cref="SearchRequest"/> for the
/// engine, and the page writes them back into addresses for its links (a facet value toggled, a filter removed,
/// another page), always with the parameters in the same order.
/// </summary>
public sealed record SearchParameters
{
    /// <summary>
    /// The deepest page a reader can ask for by number. Deep pages cost the engine more unless it is handed the
    /// previous page's cursor (the "next" link carries it); past 10,000 results, refining the search serves better.
    /// </summary>
    public const int MaxPage = 500;

    public const int MaxValuesPerFilter = 20;
    public const int MaxFilterValueLength = 200;

    /// <summary>Enough to drop every translation of a long query (QueryTranslator translates 20 parts at most).</summary>
    public const int MaxDroppedTranslations = 200;
    public const int MaxCursorLength = 1000;

    public const int DefaultPageSize = 20;

    /// <summary>Values counted per facet: every resource type and working language fit; of years, countries and
    /// subjects the most frequent.</summary>
    public const int FacetSize = 20;

    /// <summary>The filters a reader can select, in the order they are shown and written into addresses.</summary>
    public static IReadOnlyList<string> FilterNames { get; } =
        [FacetNames.Type, FacetNames.Language, FacetNames.Year, FacetNames.Country, FacetNames.Subject, FacetNames.Source, FacetNames.Concept];

    /// <summary>The facets a results page counts and shows.</summary>
    public static IReadOnlyList<string> ShownFacets { get; } =
        [FacetNames.Type, FacetNames.Language, FacetNames.Concept, FacetNames.Year, FacetNames.Country, FacetNames.Subject];

    public string Query { get; init; } = "";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    /// <summary>Results per page, 1 to <see cref="SearchRequest.MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    public string? After { get; init; }

    /// <summary>The language the query is written in (<c>lang</c>), when the caller says; one of the working languages.</summary>
    public string? QueryLanguage { get; init; }

    /// <summary><c>crossLanguage=false</c> searches the query only as typed; by default it is also translated.</summary>
    public bool CrossLanguage { get; init; } = true;

    /// <summary><c>languages=</c>, repeated: the languages the query is translated into; none means all six.</summary>
    public IReadOnlyList<string> TranslationLanguages { get; init; } = [];

    /// <summary><c>drop=fr:cellule solaire</c>, repeated: translations the reader removed.</summary>
    public IReadOnlyList<string> DroppedTranslations { get; init; } = [];

    public bool HasFilters => Filters.Values.Any(v => v.Count > 0);

    public static SearchParameters Parse(IQueryCollection query, out IReadOnlyList<SearchInputError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<SearchInputError>();

        var text = (query["q"].LastOrDefault() ?? "").Trim();
        if (text.Length > SearchRequest.MaxQueryLength)
        {
            problems.Add(new SearchInputError("q", SearchInputProblem.QueryTooLong));
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in FilterNames)
        {
            var values = Values(query[name]);
            if (values.Count > MaxValuesPerFilter || values.Any(v => v.Length > MaxFilterValueLength))
                problems.Add(new SearchInputError(name, SearchInputProblem.InvalidFilter));
            else if (values.Count > 0) filters[name] = values;
        }

        var sort = SearchSort.Relevance;
        if (query["sort"].LastOrDefault() is { Length: > 0 } sortText
            && (!Enum.TryParse(sortText, ignoreCase: true, out sort) || !Enum.IsDefined(sort) || int.TryParse(sortText, out _)))
        {
            problems.Add(new SearchInputError("sort", SearchInputProblem.InvalidSort));
            sort = SearchSort.Relevance;
        }

        var page = Number(query, "page", 1, MaxPage, SearchInputProblem.InvalidPage, problems);
        var pageSize = Number(query, "pageSize", DefaultPageSize, SearchRequest.MaxPageSize, SearchInputProblem.InvalidPageSize, problems);

        var after = query["after"].LastOrDefault();
        if (after is { Length: > MaxCursorLength }) after = null; // a cursor only speeds a page up; a bad one is ignored

        // A hint for the analysis of the query: without it (or with a language we do not work in) the query is
        // analysed for every language, which finds the same resources.
        var language = Language.TryFind(query["lang"].LastOrDefault(), out var found) ? found.Code : null;

        var crossLanguage = true;
        if (query["crossLanguage"].LastOrDefault() is { Length: > 0 } crossText && !bool.TryParse(crossText, out crossLanguage))
        {
            problems.Add(new SearchInputError("crossLanguage", SearchInputProblem.InvalidFilter));
            crossLanguage = true;
        }
        var translationLanguages = Values(query["languages"]);
        if (translationLanguages.Any(l => !Language.TryFind(l, out var working) || working.Code != l))
            problems.Add(new SearchInputError("languages", SearchInputProblem.InvalidFilter));
        var dropped = Values(query["drop"]);
        if (dropped.Count > MaxDroppedTranslations || dropped.Any(v => v.Length > MaxFilterValueLength))
            problems.Add(new SearchInputError("drop", SearchInputProblem.InvalidFilter));

        errors = problems;
        return new SearchParameters
        {
            Query = problems.Any(p => p.Problem == SearchInputProblem.QueryTooLong) ? text[..SearchRequest.MaxQueryLength] : text,
            Filters = filters,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            After = string.IsNullOrEmpty(after) ? null : after,
            QueryLanguage = language,
            CrossLanguage = crossLanguage,
            TranslationLanguages = translationLanguages,
            DroppedTranslations = dropped,
        };
    }

    /// <summary>The search for the engine, counting the facets a results page shows (<see cref="ShownFacets"/>),
    /// enough values of each for every resource type and working language.</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Filters = Filters,
        Facets = ShownFacets,
        FacetSize = FacetSize,
        Sort = Sort,
        Page = Page,
        PageSize = PageSize,
        After = After,
        QueryLanguage = QueryLanguage,
        CrossLanguage = CrossLanguage,
        TranslationLanguages = TranslationLanguages,
        DroppedTranslations = DroppedTranslations,
        Highlight = true,
    };

    /// <summary>The same search without one of its translations.</summary>
    public SearchParameters Dropping(string translation) =>
        this with { DroppedTranslations = [.. DroppedTranslations, translation], Page = 1, After = null };

    /// <summary>The same search with translation on (all languages) or off.</summary>
    public SearchParameters Translated(bool on) =>
        this with { CrossLanguage = on, TranslationLanguages = [], DroppedTranslations = [], Page = 1, After = null };


    public bool IsSelected(string facet, string value) =>
        Filters.TryGetValue(facet, out var values) && values.Contains(value, StringComparer.Ordinal);

    /// <summary>The same search with a facet value selected, or unselected when it was; back to the first page.</summary>
    public SearchParameters Toggle(string facet, string value)
    {
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var values = filters.GetValueOrDefault(facet) ?? [];
        filters[facet] = values.Contains(value, StringComparer.Ordinal)
            ? values.Where(v => v != value).ToList()
            : [.. values, value];
        return this with { Filters = filters, Page = 1, After = null };
    }

    public SearchParameters WithoutFilters() =>
        this with { Filters = new Dictionary<string, IReadOnlyList<string>>(), Page = 1, After = null };

    public SearchParameters WithQuery(string query) => this with { Query = query, Page = 1, After = null };

    public SearchParameters WithPage(int page, string? after = null) => this with { Page = page, After = after };

    /// <summary>The address of this search on the culture's results page.</summary>
    public string ToUrl(string culture)
    {
        var url = new StringBuilder("/").Append(culture).Append("/search");
        var separator = '?';
        void Add(string name, string value)
        {
            url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (Query.Length > 0) Add("q", Query);
        foreach (var name in FilterNames)
        {
            foreach (var value in Filters.GetValueOrDefault(name) ?? []) Add(name, value);
        }
        if (Sort != SearchSort.Relevance) Add("sort", Sort.ToString().ToLowerInvariant());
        if (Page > 1) Add("page", Page.ToString(CultureInfo.InvariantCulture));
        if (PageSize != DefaultPageSize) Add("pageSize", PageSize.ToString(CultureInfo.InvariantCulture));
        if (After is not null) Add("after", After);
        if (QueryLanguage is not null) Add("lang", QueryLanguage);
        if (!CrossLanguage) Add("crossLanguage", "false");
        foreach (var language in TranslationLanguages) Add("languages", language);
        foreach (var translation in DroppedTranslations) Add("drop", translation);
        return url.ToString();
    }

    // A whole number from 1 to max, written with digits only: "+2", "1.5" and " 3" are refused, not read generously.
    private static int Number(IQueryCollection query, string name, int fallback, int max, SearchInputProblem problem,
        List<SearchInputError> problems)
    {
        if (query[name].LastOrDefault() is not { } text) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max) return value;
        problems.Add(new SearchInputError(name, problem));
        return fallback;
    }

    // Each selected value is its own parameter (type=book&type=thesis): a subject may hold a comma.
    private static List<string> Values(StringValues values) =>
        values.Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
