using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class LanguageNeutralAnalyzerTests
{
    [Theory]
    [InlineData("words are lower-cased and Latin accents folded, not stemmed", "Hello Wörlds", "hello worlds")]
    [InlineData("no stop words without a language", "the of", "the of")]
    [InlineData("Han without a dictionary becomes overlapping pairs", "太阳能电池", "太阳 阳能 能电 电池")]
    [InlineData("width: ＡＢＣ → abc", "ＡＢＣ", "abc")]
    [InlineData("ё is written е", "Пётр", "петр")]
    [InlineData("Arabic letter forms are normalised", "أحمد", "احمد")]
    [InlineData("Arabic-Indic digits become ASCII digits", "٢٠٢٠", "2020")]
    public void Unknown_language(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("und"), text));
    }

    [Theory]
    [InlineData("institution names keep their small words", "Université de Lyon", "universite de lyon")]
    [InlineData("an apostrophe inside a name stays", "O'Brien", "o'brien")]
    [InlineData("a hyphenated first name is two words", "Jean-Pierre", "jean pierre")]
    [InlineData("umlauts are folded", "Müller", "muller")]
    [InlineData("Cyrillic names are lower-cased, ё written е", "Пётр Иванов", "петр иванов")]
    [InlineData("a Chinese name is one pair", "张伟", "张伟")]
    [InlineData("Arabic names are normalised", "أحمد", "احمد")]
    public void Names(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.ForNames(), text));
    }

    [Theory]
    [InlineData("a DOI is trimmed and lower-cased", " 10.1000/ABC ", "10.1000/abc")]
    [InlineData("a value with spaces stays one token", "Journal Article", "journal article")]
    [InlineData("width is folded", "ＡＢＣ", "abc")]
    public void Exact_values(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal([expected], Tokens.Read(LanguageAnalyzers.ForExact(), text).Select(t => t.Term));
    }
}
