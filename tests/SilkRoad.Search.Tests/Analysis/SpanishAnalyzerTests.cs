using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class SpanishAnalyzerTests
{
    [Theory]
    [InlineData("the light stemmer and accent folding: energía → energi", "energía solar", "energi solar")]
    [InlineData("a plural typed without accents meets the singular", "energias", "energi")]
    [InlineData("stop words are removed", "los paneles solares", "panel solar")]
    [InlineData("singular and plural meet", "camión camiones", "camion camion")]
    [InlineData("the tilde is folded: año meets ano", "año", "ano")]
    [InlineData("a value made only of stop words keeps them", "de la", "de la")]
    public void Analyses(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("es"), text));
    }
}
