namespace SilkRoad.Search.Analysis;

/// <summary>Configuration section <c>Search:Analysis</c>. Changing it needs <c>silkroad reindex</c>.</summary>
public sealed class AnalysisOptions
{
    public AnalysisMode Mode { get; set; } = AnalysisMode.Language;

    public ChineseSegmenter ChineseSegmenter { get; set; } = ChineseSegmenter.SmartCn;
}

public enum AnalysisMode
{
    /// <summary>Each value by the analyzer of its language.</summary>
    Language,

    /// <summary>The baseline: one plain analyzer for all.</summary>
    Plain,
}
