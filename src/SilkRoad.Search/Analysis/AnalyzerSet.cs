using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// The analyzers one index uses, chosen by <see cref="AnalysisOptions"/>: per-language analysis (the default), or
/// the plain baseline the relevance figures are compared with (Lucene's standard tokenizer and lower-casing for
/// every language, no stemming, no stop words).
/// </summary>
public sealed class AnalyzerSet(AnalysisOptions options)
{
    private static readonly Lazy<Analyzer> Plain =
        new(() => new StandardAnalyzer(LanguageAnalyzers.Version, CharArraySet.Empty));

    public static AnalyzerSet Default { get; } = new(new AnalysisOptions());

    public AnalysisOptions Options { get; } = options;

    /// <summary>The analyzer of text tagged with <paramref name="languageCode"/>.</summary>
    public Analyzer For(string languageCode) => Options.Mode == AnalysisMode.Plain || languageCode == Lucene.IndexFields.ChineseCharacters
        ? Plain.Value
        : LanguageAnalyzers.For(languageCode, Options.ChineseSegmenter);

    /// <summary>Names, subjects, publishers: text without a language tag.</summary>
    public Analyzer Names => Options.Mode == AnalysisMode.Plain ? Plain.Value : LanguageAnalyzers.ForNames();
}
