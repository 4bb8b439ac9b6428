using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using SilkRoad.Search.Analysis.Filters;

namespace SilkRoad.Search.Analysis;

/// <summary>A whole value as one token, trimmed, lower-cased and folded: identifiers and codes compare alike
/// whatever case or width they were typed in.</summary>
internal sealed class ExactValueAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new KeywordTokenizer(reader);
        TokenStream result = new TrimFilter(LanguageAnalyzers.Version, source);
        result = new CJKWidthFilter(result);
        result = new DecimalDigitFilter(result);
        result = new FastLowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
