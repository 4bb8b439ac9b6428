using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SilkRoad.Search.Analysis.Chinese;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// Chinese: the standard tokenizer finds words in every script and single Han characters, and
/// <see cref="ChineseWordFilter"/> cuts each run of Han characters into words with SmartCn or jieba. No stop words:
/// SmartCn's own list is punctuation only, which the tokenizer already drops, and function words such as 的 are rare
/// enough in titles and cheap enough under BM25 to keep for phrases. No stemming: Latin words in Chinese text are
/// mostly acronyms and names (<c>GaAs</c>, <c>LiDAR</c>), which a stemmer would only mangle.
/// </summary>
internal sealed class ChineseTextAnalyzer(ChineseSegmenter segmenter) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new DecimalDigitFilter(result);
        result = new ChineseWordFilter(result, CreateSegmenter());
        result = new FastLowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    // One segmenter per token stream, that is per thread: neither segmenter documents thread safety.
    private IChineseWordSegmenter CreateSegmenter() => segmenter switch
    {
        ChineseSegmenter.Jieba => new JiebaWordSegmenter(),
        _ => new SmartCnWordSegmenter(),
    };
}
