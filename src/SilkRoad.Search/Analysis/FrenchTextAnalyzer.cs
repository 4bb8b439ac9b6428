using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// French: elided articles and pronouns removed (<c>l'énergie</c>, <c>d’hydrogène</c>, <c>qu'</c>...), Lucene's French
/// stop words (matched before folding: the list is accented), the light stemmer, then accent folding. The light
/// stemmer (Savoy 2006) removes inflections and a few derivations and beat the aggressive Snowball stemmer on the
/// CLEF French collections; it also folds the accents it relies on, and ASCII folding after it catches the rest
/// (<c>œ</c>, <c>ç</c>), so <c>énergie</c>, <c>energie</c> and <c>énergies</c> all meet.
/// </summary>
internal sealed class FrenchTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new DecimalDigitFilter(result);
        result = new ElisionFilter(result, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new FastLowerCaseFilter(result);
        result = new StopUnlessOnlyStopWordsFilter(result, FrenchAnalyzer.DefaultStopSet);
        result = new FrenchLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
