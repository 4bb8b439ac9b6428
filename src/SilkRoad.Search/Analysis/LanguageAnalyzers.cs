using Lucene.Net.Analysis;
using Lucene.Net.Util;
using SilkRoad.Core.Languages;
using SilkRoad.Search.Analysis.Chinese;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// The analyzer for each of the six working languages, for text of unknown language, for names and for exact values.
/// Every text value is indexed with the analyzer of its own language tag, and a query is analysed once per language
/// it is searched in, with the same analyzer as the field it is searched in.
/// </summary>
/// <remarks>
/// Every analyzer folds full-width forms (<c>ＡＢＣ</c> → <c>abc</c>) and any script's decimal digits (<c>٢٠٢٠</c> →
/// <c>2020</c>), lower-cases, and folds Latin accents without touching Cyrillic, Arabic or Han. Latin words inside
/// Chinese, Arabic or Russian text (<c>5G</c>, <c>LiDAR</c>) are kept as words and lower-cased.
/// Stop words are removed, except from a value of two or more words that are all stop words (<c>"to be or not to
/// be"</c>), which keeps them; a single stop word analysed alone still yields nothing, so a caller that analyses a
/// query word by word sees an empty result for a stop word. The instances are shared: a Lucene analyzer is
/// thread-safe and reuses its token streams per thread.
/// </remarks>
public static class LanguageAnalyzers
{
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<Analyzer> ChineseSmartCn = new(() => new ChineseTextAnalyzer(ChineseSegmenter.SmartCn));
    private static readonly Lazy<Analyzer> ChineseJieba = new(() => new ChineseTextAnalyzer(ChineseSegmenter.Jieba));
    private static readonly Lazy<Analyzer> English = new(() => new EnglishTextAnalyzer());
    private static readonly Lazy<Analyzer> French = new(() => new FrenchTextAnalyzer());
    private static readonly Lazy<Analyzer> Russian = new(() => new RussianTextAnalyzer());
    private static readonly Lazy<Analyzer> Spanish = new(() => new SpanishTextAnalyzer());
    private static readonly Lazy<Analyzer> Arabic = new(() => new ArabicTextAnalyzer());
    private static readonly Lazy<Analyzer> Neutral = new(() => new LanguageNeutralAnalyzer());
    private static readonly Lazy<Analyzer> Exact = new(() => new ExactValueAnalyzer());

    /// <summary>The analyzer for text in a language given by its tag (<c>zh</c>, <c>en-GB</c>, <c>zh_Hans</c>,
    /// <c>ara</c>...), Chinese cut by SmartCn. Any other tag, <c>und</c> or none gets the language-neutral analyzer.</summary>
    public static Analyzer For(string? languageCode) => For(languageCode, ChineseSegmenter.SmartCn);

    /// <summary>As <see cref="For(string?)"/>, with Chinese cut by the given segmenter.</summary>
    public static Analyzer For(string? languageCode, ChineseSegmenter chineseSegmenter)
    {
        if (!Language.TryFind(languageCode, out var language)) return Neutral.Value;
        return language.Code switch
        {
            "zh" => chineseSegmenter == ChineseSegmenter.Jieba ? ChineseJieba.Value : ChineseSmartCn.Value,
            "en" => English.Value,
            "fr" => French.Value,
            "ru" => Russian.Value,
            "es" => Spanish.Value,
            "ar" => Arabic.Value,
            _ => Neutral.Value,
        };
    }

    /// <summary>Person and institution names in any script: words lower-cased and folded, never stemmed, no stop
    /// words (<c>"Université de Lyon"</c> keeps <c>de</c>). Han is indexed as overlapping pairs, as for text of
    /// unknown language, since a name has no dictionary words to cut.</summary>
    public static Analyzer ForNames() => Neutral.Value;

    /// <summary>Keyword-like values (a DOI, a type, a code): the whole value, trimmed, lower-cased and folded, is one
    /// token, so <c>10.1000/ABC</c> matches <c>10.1000/abc</c> and nothing else.</summary>
    public static Analyzer ForExact() => Exact.Value;
}
