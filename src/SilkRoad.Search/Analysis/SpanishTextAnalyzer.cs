using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// Spanish: Lucene's Spanish stop words (matched before folding: the list is accented), the light stemmer (Savoy's,
/// plural and gender endings only, which retrieves as well as Snowball on CLEF Spanish with fewer wrong
/// conflations), then accent folding. Folding also makes <c>ñ</c> an <c>n</c> (<c>año</c> meets <c>ano</c>): a
/// known conflation, accepted because queries typed on non-Spanish keyboards often lack the tilde.
/// </summary>
internal sealed class SpanishTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new DecimalDigitFilter(result);
        result = new FastLowerCaseFilter(result);
        result = new StopUnlessOnlyStopWordsFilter(result, SpanishAnalyzer.DefaultStopSet);
        result = new SpanishLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
