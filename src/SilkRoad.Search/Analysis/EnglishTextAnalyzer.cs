using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// English: possessives dropped (<c>Ohm's</c> → <c>ohm</c>), Lucene's 33 English stop words, accents folded, then
/// KStem. KStem rather than Porter: it is a light, dictionary-checked stemmer (Krovetz 1993) that only conflates
/// inflections and a few derivations, and its effectiveness is on a par with Porter's on TREC; Porter's suffix
/// stripping conflates words an engineering catalogue must keep apart (<c>engine</c>/<c>engineering</c> →
/// <c>engin</c>, <c>university</c>/<c>universe</c> → <c>univers</c>, <c>generic</c>/<c>generate</c> → <c>gener</c>).
/// </summary>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new DecimalDigitFilter(result);
        result = new EnglishPossessiveFilter(LanguageAnalyzers.Version, result);
        result = new FastLowerCaseFilter(result);
        result = new StopUnlessOnlyStopWordsFilter(result, EnglishAnalyzer.DefaultStopSet);
        result = new ASCIIFoldingFilter(result);
        result = new KStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
