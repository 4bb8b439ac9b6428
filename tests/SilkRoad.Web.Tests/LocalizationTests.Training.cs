using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using SilkRoad.Training.Certificates;
using SilkRoad.Web.Tests.Training;

namespace SilkRoad.Web.Tests;

// The training base's interface text (TrainingText), held to the same rules as the portal's: every key in every
// culture, translated, placeholders kept, every key the code asks for present, no English left on a translated page.
public sealed partial class LocalizationTests
{
    private static readonly ResourceManager TrainingTexts = new("SilkRoad.Web.Resources.TrainingText", typeof(TrainingText).Assembly);

    private static Dictionary<string, string> TrainingEnglish() =>
        Entries(TrainingTexts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);

    private static Dictionary<string, string> TrainingIn(string culture) =>
        Entries(TrainingTexts.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no training resources for {culture}"));

    [Theory]
    [MemberData(nameof(OtherCultures))]
    public void EveryTrainingKeyIsTranslatedInEveryCulture(string culture)
    {
        var english = TrainingEnglish();
        var translated = TrainingIn(culture);

        var missing = english.Keys.Except(translated.Keys).ToList();
        var untranslated = english.Where(e => translated.TryGetValue(e.Key, out var value) && value == e.Value && !MayStaySame(e.Key, culture)).Select(e => e.Key).ToList();

        Assert.True(english.Count > 10);
        Assert.True(missing.Count == 0, $"{culture} lacks: {string.Join(", ", missing)}");
        Assert.True(untranslated.Count == 0, $"{culture} leaves in English: {string.Join(", ", untranslated)}");
        Assert.Empty(translated.Keys.Except(english.Keys));
    }

    [Theory]
    [MemberData(nameof(OtherCultures))]
    public void TrainingPlaceholdersAreKeptInTranslations(string culture)
    {
        var translated = TrainingIn(culture);

        foreach (var (key, english) in TrainingEnglish())
            Assert.True(Placeholders(english).SequenceEqual(Placeholders(translated[key])), $"{culture} {key}");
    }

    [Fact]
    public void EveryTrainingKeyTheCodeAsksForExists()
    {
        var keys = TrainingEnglish().Keys.ToHashSet(StringComparer.Ordinal);
        var asked = new List<string>();
        var source = Path.Combine(RepositoryRoot(), "src", "SilkRoad.Web");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            asked.AddRange(TrainingKeyPattern().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));
        }

        // Keys made from a prefix and a value: every value must have one.
        asked.AddRange(Enum.GetNames<SilkRoad.Training.Applications.ApplicationField>().Select(n => "Apply.Field." + n));
        asked.AddRange(Enum.GetNames<SilkRoad.Training.Applications.ApplicationProblemCode>().Select(n => "ApplicationError." + n));
        asked.AddRange(Enum.GetNames<SilkRoad.Training.Trainees.Gender>().Select(n => "Gender." + n));
        asked.AddRange(Enum.GetNames<SilkRoad.Training.Programmes.SessionMode>().Select(n => "Mode." + n));
        asked.AddRange(Enum.GetNames<SilkRoad.Training.Reports.TrainingReportKind>().SelectMany(n => new[] { "Report." + n, "Report.Category." + n }));
        asked.AddRange(Enum.GetNames<SilkRoad.Training.Reports.WorldRegion>().Select(n => "Region." + n));

        Assert.True(asked.Count > 10);
        Assert.Empty(asked.Where(k => !keys.Contains(k)).Distinct());
    }

    public static TheoryData<string, string> TrainingPagesInOtherCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh", "fr", "ru", "es", "ar" })
        {
            foreach (var page in new[] { "/verify", "/verify/{valid}", "/verify/{revoked}", "/verify/0000-0000-0000-0000", "/verify/x", "/training/calls", "/training/calls/{open}" })
                data.Add(culture, page);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TrainingPagesInOtherCultures))]
    public async Task TrainingPagesInOtherCulturesShowNoEnglishInterfaceText(string culture, string page)
    {
        var path = page
            .Replace("{valid}", await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Valid), StringComparison.Ordinal)
            .Replace("{revoked}", await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Revoked), StringComparison.Ordinal)
            .Replace("{open}", (await CallPagesTests.OpenSessionAsync(fixture.Portal)).Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var response = await fixture.Client.GetAsync(new Uri("/" + culture + path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var english = TrainingEnglish().Concat(English()).Where(e => !MayStaySame(e.Key, culture) && e.Value.Length > 1 && !e.Value.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        english.ExceptWith(TrainingIn(culture).Values);
        english.ExceptWith(Entries(Text.GetResourceSet(CultureInfo.GetCultureInfo(culture), true, false)!).Values);
        var shown = Html.TextNodes(html).Concat(Html.AttributeValues(html, "aria-label")).Concat(Html.AttributeValues(html, "placeholder"));

        var left = shown.Where(english.Contains).Distinct().ToList();
        Assert.True(left.Count == 0, $"English on /{culture}{path}: {string.Join(" | ", left)}");
        Assert.Equal(culture, Html.RootLangDir(html).Lang);
    }

    // TT["Key"] and training["Key"]: the training pages' localizer names.
    [GeneratedRegex("""\b(?:TT|training)\["([A-Za-z0-9.]+)"[,\]]""")]
    private static partial Regex TrainingKeyPattern();
}
