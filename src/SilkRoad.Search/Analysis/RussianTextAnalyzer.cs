using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>
/// Russian: Lucene's Russian stop words, <c>ё</c> written <c>е</c>, then the light stemmer (Savoy's: case and number
/// endings), which on CLEF Russian retrieves as well as Snowball's while conflating fewer unrelated words. ASCII
/// folding comes last and only touches Latin words (<c>café</c>); Cyrillic has no ASCII form and is left alone.
/// </summary>
internal sealed class RussianTextAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LanguageAnalyzers.Version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new DecimalDigitFilter(result);
        result = new FastLowerCaseFilter(result);
        result = new StopUnlessOnlyStopWordsFilter(result, RussianAnalyzer.DefaultStopSet);
        result = new CyrillicYoFilter(result);
        result = new RussianLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
