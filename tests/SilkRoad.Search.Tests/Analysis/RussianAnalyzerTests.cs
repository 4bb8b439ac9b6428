using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class RussianAnalyzerTests
{
    [Theory]
    [InlineData("Russian stems: энергетики ~ энергетика (1)", "энергетики", "энергетик")]
    [InlineData("Russian stems: энергетики ~ энергетика (2)", "энергетика", "энергетик")]
    [InlineData("adjective and noun endings are removed", "солнечные батареи", "солнечн батаре")]
    [InlineData("ё is written е: Пётр", "Пётр", "петр")]
    [InlineData("ё is written е: Петр", "Петр", "петр")]
    [InlineData("Cyrillic is lower-cased, not folded to ASCII", "НЕФТЬ", "нефт")]
    [InlineData("й survives accent folding", "йод", "йод")]
    [InlineData("Latin words in Russian text are lower-cased", "5G сети", "5g сет")]
    [InlineData("Latin accents in Russian text are folded", "Café", "cafe")]
    [InlineData("a value made only of stop words keeps them", "и в", "и в")]
    public void Analyses(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("ru"), text));
    }
}
