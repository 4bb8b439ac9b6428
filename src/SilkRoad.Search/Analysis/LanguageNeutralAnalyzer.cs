using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// Text of unknown language, and names: words in any script, lower-cased and folded, never stemmed and with no stop
/// words, since neither is right without knowing the language. The folding that is safe in any text is done:
/// width, digits, Latin accents, Arabic letter forms and diacritics, <c>ё</c>. Han, kana and hangul become
/// overlapping pairs (<c>太阳能</c> → <c>太阳</c> <c>阳能</c>), which retrieve far better than single characters
/// without a dictionary. ICU-free: Lucene.Net.ICU is not needed for any of this.
/// </summary>
internal sealed class LanguageNeutralAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new DecimalDigitFilter(result);
        result = new FastLowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new ArabicNormalizationFilter(result);
        result = new CyrillicYoFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
