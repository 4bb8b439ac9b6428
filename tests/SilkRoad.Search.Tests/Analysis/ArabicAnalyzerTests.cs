using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class ArabicAnalyzerTests
{
    [Theory]
    [InlineData("Arabic: the definite article is removed: الطاقة → طاق", "الطاقة", "طاق")]
    [InlineData("the article and suffixes go from both words", "الطاقة الشمسية", "طاق شمس")]
    [InlineData("wa- and the article are removed together", "والطاقة", "طاق")]
    [InlineData("feminine marker (teh marbuta) is removed", "كبيرة", "كبير")]
    [InlineData("hamza forms of alef are normalised", "أحمد", "احمد")]
    [InlineData("diacritics are removed", "مُحَمَّد", "محمد")]
    [InlineData("stop words are removed", "في الطاقة", "طاق")]
    [InlineData("Arabic-Indic digits become ASCII digits", "٢٠٢٠", "2020")]
    [InlineData("Latin words in Arabic text are lower-cased", "PV الطاقة", "pv طاق")]
    [InlineData("a value made only of stop words keeps them", "في من", "في من")]
    public void Analyses(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("ar"), text));
    }
}
