namespace SilkRoad.Search;

/// <summary>Configuration section <c>Search</c>. The ranking values were tuned on the relevance collection in
/// <c>tests/SilkRoad.Search.Tests/Relevance</c> (see docs/benchmarks.md), not guessed; change them only with it.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Where the index lives; default <c>{DataPath}/index</c>.</summary>
    public string? IndexPath { get; set; }

    /// <summary>How many threads search one query, each a share of the index's segments (Elasticsearch searches its
    /// shards so); compacting leaves at least as many segments, of about equal size, so that they can. Default: one per
    /// core. 1 searches the segments one after another and compacts into one.</summary>
    public int SearchThreads { get; set; } = Environment.ProcessorCount;

    public RankingOptions Ranking { get; set; } = new();

    public Analysis.AnalysisOptions Analysis { get; set; } = new();

    public Translation.CrossLanguageOptions CrossLanguage { get; set; } = new();
}

/// <summary>Field weights and BM25 parameters.</summary>
public sealed class RankingOptions
{
    public float TitleWeight { get; set; } = 2.0f;
    public float KeywordWeight { get; set; } = 2.0f;
    public float AbstractWeight { get; set; } = 1.0f;
    public float AuthorWeight { get; set; } = 1.5f;
    public float SubjectWeight { get; set; } = 1.5f;
    public float OtherWeight { get; set; } = 0.5f;

    /// <summary>How much the fields other than the best-matching one add (a dis-max tie-breaker): 0 counts only the
    /// best field, 1 sums them all.</summary>
    public float FieldTieBreaker { get; set; } = 0.1f;

    /// <summary>Of the words simply written side by side, the share that must match (rounded down, at least one).
    /// 0 (any word; BM25 ranks resources with more of them first) ranked best on the relevance collection: 0.5 cost
    /// 0.02 nDCG@10 on average and 0.2 on Chinese, where a query word is often cut into several.</summary>
    public float MinimumShouldMatch { get; set; }

    public float K1 { get; set; } = 1.2f;
    public float B { get; set; } = 0.75f;
}
