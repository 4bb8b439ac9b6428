using SilkRoad.Core.Languages;

namespace SilkRoad.Core.Tests.Languages;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-us", "en")]
    [InlineData("zh_Hans", "zh")]
    [InlineData("chi", "zh")] // ISO 639-2/B, as MARC and RIS write it
    [InlineData("ara", "ar")]
    [InlineData("Russian", "ru")]
    [InlineData("de", "de")] // not a working language, but a language: kept
    [InlineData("", "und")]
    [InlineData("12", "und")]
    public void NormalizesTags(string tag, string expected) => Assert.Equal(expected, Language.NormalizeCode(tag));

    [Fact]
    public void OnlyArabicIsRightToLeft() =>
        Assert.Equal(["ar"], Language.All.Where(l => l.Direction == TextDirection.RightToLeft).Select(l => l.Code));
}
