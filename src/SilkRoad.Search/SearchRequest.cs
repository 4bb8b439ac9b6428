namespace SilkRoad.Search;

/// <summary>
/// One search: the query as the user typed it, the selected facet values (OR inside one facet, AND across facets),
/// which facets to count, and the page. An empty query browses everything the filters let through.
/// </summary>
public sealed record SearchRequest
{
    public const int MaxQueryLength = 1000;
    public const int MaxPageSize = 100;

    public string Query { get; init; } = "";

    /// <summary>Selected values per facet (<see cref="FacetNames"/>). A year filter may also be a range <c>2015..2020</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The facets to count over all matches; each is counted as if its own selection were not applied.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>How many values to return per facet, the most frequent first.</summary>
    public int FacetSize { get; init; } = 10;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number. Deep pages are served with <see cref="After"/> when the caller has it.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>The cursor of the last hit of the previous page (<see cref="SearchResults.NextCursor"/>): with it, a
    /// page costs the same however deep it is.</summary>
    public string? After { get; init; }

    /// <summary>The query's language when the caller knows it; otherwise it is analysed for every language.</summary>
    public string? QueryLanguage { get; init; }

    /// <summary>Whether the query is also searched in translation into the other languages (cross-language search);
    /// null follows the configuration (<c>Search:CrossLanguage:Enabled</c>, on by default).</summary>
    public bool? CrossLanguage { get; init; }

    /// <summary>The languages to translate the query into; empty means all six.</summary>
    public IReadOnlyList<string> TranslationLanguages { get; init; } = [];

    /// <summary>Translations the user dropped, by <see cref="ExpansionTerm.Id"/> (<c>fr:cellule solaire</c>).</summary>
    public IReadOnlyList<string> DroppedTranslations { get; init; } = [];

    /// <summary>Whether to return highlighted snippets.</summary>
    public bool Highlight { get; init; } = true;
}
