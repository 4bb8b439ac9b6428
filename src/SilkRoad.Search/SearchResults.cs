using SilkRoad.Catalogue.Resources;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
public sealed record SearchResults
{
    public long Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    public IReadOnlyList<FacetResult> Facets { get; init; } = [];

    /// <summary>A corrected query when the given one looks misspelt ("did you mean").</summary>
    public string? DidYouMean { get; init; }

    /// <summary>Pass as <see cref="SearchRequest.After"/> to get the next page; null on the last page.</summary>
    public string? NextCursor { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>The translations the query was also searched with (empty when cross-language search was off).</summary>
    public IReadOnlyList<QueryExpansion> Expansions { get; init; } = [];

    /// <summary>Set when the query could not be understood; then nothing was searched.</summary>
    public QueryError? Error { get; init; }

    public static SearchResults Failed(QueryError error) => new() { Error = error };
}

/// <summary>One resource in a result list.</summary>
public sealed record SearchHit
{
    public required long Id { get; init; }
    public required string Type { get; init; }
    public IReadOnlyList<LocalizedText> Titles { get; init; } = [];
    public int? Year { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The passage that matched, in the language it is written in; matched words are wrapped in
    /// <c>&lt;mark&gt;</c> and everything else is HTML-encoded.</summary>
    public Snippet? Snippet { get; init; }

    /// <summary>The source record ids (as imported) of the resource, e.g. for TREC runs.</summary>
    public IReadOnlyList<string> SourceRecordIds { get; init; } = [];

    public float Score { get; init; }
}

public sealed record Snippet(string Language, string Html);

public sealed record FacetResult(string Name, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, long Count, bool Selected);

public sealed record Suggestion(string Text, string Kind);
