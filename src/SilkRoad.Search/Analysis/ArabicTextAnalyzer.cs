using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// Arabic, as Lucene's ArabicAnalyzer (Larkey, Ballesteros and Connell's light stemming, the best-performing
/// approach in the TREC 2001–2002 Arabic tracks): stop words on the written form, then normalisation (hamza forms of
/// alef, alef maqsura, teh marbuta, tatweel and diacritics) and light stemming (the article <c>ال</c>, prefixed
/// conjunctions and prepositions with it, and common suffixes). Arabic-Indic digits become ASCII digits so years
/// meet; Latin words (<c>PV</c>, <c>MPPT</c>) are lower-cased and folded.
/// </summary>
internal sealed class ArabicTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new DecimalDigitFilter(result);
        result = new FastLowerCaseFilter(result);
        result = new StopUnlessOnlyStopWordsFilter(result, ArabicAnalyzer.DefaultStopSet);
        result = new ArabicNormalizationFilter(result);
        result = new ArabicStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
