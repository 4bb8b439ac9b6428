namespace SilkRoad.Search.Analysis;

/// <summary>Which word segmenter splits Chinese text. Both are offered so that a relevance run can measure which
/// ranks better; the index must be rebuilt after a change, because queries and documents must be cut alike.</summary>
public enum ChineseSegmenter
{
    /// <summary>Lucene's SmartCn (hidden Markov model over a bigram dictionary): no start-up cost worth naming.</summary>
    SmartCn,

    /// <summary>jieba.NET (dictionary paths plus an HMM for unknown words): loads its 5 MB dictionary on first use,
    /// about a second.</summary>
    Jieba,
}
