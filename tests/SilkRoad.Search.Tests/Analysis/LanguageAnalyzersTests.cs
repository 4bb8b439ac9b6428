using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class LanguageAnalyzersTests
{
    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("ZH_Hans", "zh")]
    [InlineData("ara", "ar")]
    [InlineData("Russian", "ru")]
    public void A_tag_as_sources_write_it_gets_its_language_analyzer(string tag, string code)
    {
        Assert.Same(LanguageAnalyzers.For(code), LanguageAnalyzers.For(tag));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("und")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_language_gets_the_language_neutral_analyzer(string? tag)
    {
        Assert.Same(LanguageAnalyzers.For("und"), LanguageAnalyzers.For(tag));
        Assert.Equal("the of", Tokens.Of(LanguageAnalyzers.For(tag), "The of"));
    }

    [Fact]
    public void Chinese_is_cut_by_SmartCn_unless_jieba_is_asked_for()
    {
        Assert.Same(LanguageAnalyzers.For("zh", ChineseSegmenter.SmartCn), LanguageAnalyzers.For("zh"));
        Assert.NotSame(LanguageAnalyzers.For("zh", ChineseSegmenter.Jieba), LanguageAnalyzers.For("zh"));
        Assert.Equal("光 伏", Tokens.Of(LanguageAnalyzers.For("zh"), "光伏"));
        Assert.Equal("光伏", Tokens.Of(LanguageAnalyzers.For("zh", ChineseSegmenter.Jieba), "光伏"));
    }

    [Fact]
    public void The_segmenter_choice_does_not_matter_outside_Chinese()
    {
        Assert.Same(LanguageAnalyzers.For("fr"), LanguageAnalyzers.For("fr", ChineseSegmenter.Jieba));
    }
}
