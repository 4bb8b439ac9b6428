using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class FrenchAnalyzerTests
{
    [Theory]
    [InlineData("French elision: l'énergie → energ", "l'énergie", "energ")]
    [InlineData("elision with a curly apostrophe, in capitals", "L’ÉNERGIE solaire", "energ solair")]
    [InlineData("elision of d'", "d'hydrogène", "hydrogen")]
    [InlineData("a word typed without accents meets the accented one", "energie", "energ")]
    [InlineData("the light stemmer removes the plural", "énergies renouvelables", "energ renouvelabl")]
    [InlineData("stop words are removed", "les centrales électriques", "central elect")]
    [InlineData("aujourd'hui is one word, not an elision", "aujourd'hui", "aujourd'hui")]
    [InlineData("a ligature is folded", "cœur", "coeur")]
    [InlineData("the cedilla is folded", "garçon", "garcon")]
    [InlineData("a value made only of stop words keeps them", "de la", "de la")]
    public void Analyses(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("fr"), text));
    }
}
