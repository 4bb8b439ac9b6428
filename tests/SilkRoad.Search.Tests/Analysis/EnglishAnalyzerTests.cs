using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class EnglishAnalyzerTests
{
    [Theory]
    [InlineData("stop words are removed", "the solar cells", "solar cell")]
    [InlineData("a possessive is removed", "Ohm's law", "ohm law")]
    [InlineData("a possessive with a curly apostrophe is removed", "Ohm’s law", "ohm law")]
    [InlineData("KStem: plurals meet their singular", "universities batteries", "university battery")]
    [InlineData("KStem keeps engineering and engine apart (Porter makes both engin)", "engineering engines", "engineering engine")]
    [InlineData("accents are folded", "naïve café", "naive cafe")]
    [InlineData("width: ＡＢＣ → abc", "ＡＢＣ", "abc")]
    [InlineData("letters and digits stay one word", "5G", "5g")]
    [InlineData("a value made only of stop words keeps them", "to be or not to be", "to be or not to be")]
    [InlineData("a single stop word yields nothing", "the", "")]
    public void Analyses(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("en"), text));
    }

    [Fact]
    public void Removed_stop_words_leave_their_positions_so_phrases_keep_their_shape()
    {
        var tokens = Tokens.Read(LanguageAnalyzers.For("en"), "The solar power of the sun");

        Assert.Equal([("solar", 1), ("power", 2), ("sun", 5)], tokens.Select(t => (t.Term, t.Position)));
    }
}
