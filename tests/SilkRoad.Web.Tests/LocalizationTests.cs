using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search;
using SilkRoad.Search.Queries;
using SilkRoad.Web.Pages.Search;

namespace SilkRoad.Web.Tests;

public sealed partial class LocalizationTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly ResourceManager Text = new("SilkRoad.Web.Resources.PortalText", typeof(PortalText).Assembly);

    // The account and administration pages have a resource set of their own, held to the same rules.
    private static readonly ResourceManager AccountTextSet = new("SilkRoad.Web.Resources.AccountText", typeof(AccountText).Assembly);

    private static ResourceManager Set(string name) => name == nameof(AccountText) ? AccountTextSet : Text;

    public static TheoryData<string, string> SetsAndOtherCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { nameof(PortalText), nameof(AccountText) })
        {
            foreach (var culture in new[] { "zh", "fr", "ru", "es", "ar" }) data.Add(set, culture);
        }
        return data;
    }

    // Text that is rightly the same as English: codes and names of formats, and words these languages share.
    private static readonly Dictionary<string, string[]> SameAsEnglish = new()
    {
        ["Identifier.Doi"] = ["*"],
        ["Identifier.Isbn"] = ["*"],
        ["Identifier.Issn"] = ["*"],
        ["Identifier.ArxivId"] = ["*"],
        ["Identifier.OpenAlexId"] = ["*"],
        ["List.Separator"] = ["fr", "ru", "es"],
        ["Facet.type"] = ["fr"],
        ["Facet.concept"] = ["fr"],
        ["Resource.Type"] = ["fr"],
        ["Resource.Licence"] = ["fr"],
        ["Resource.Source"] = ["fr"],
        ["Search.PageNumber"] = ["fr"],
        ["Search.FilterChip"] = ["ru", "es", "ar"],
        ["Error.Code"] = ["es"],
        ["Nav.Admin"] = ["fr"],
        ["Admin.Title"] = ["fr"],
        ["Admin.No"] = ["es"],
        ["FollowUp.No"] = ["es"],
    };

    public static TheoryData<string> OtherCultures => new() { "zh", "fr", "ru", "es", "ar" };

    private static Dictionary<string, string> English(string set = nameof(PortalText)) =>
        Entries(Set(set).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);

    [Theory]
    [MemberData(nameof(SetsAndOtherCultures))]
    public void EveryKeyIsTranslatedInEveryCulture(string set, string culture)
    {
        var translated = Entries(Set(set).GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for {culture}"));

        var missing = English(set).Keys.Except(translated.Keys).ToList();
        var untranslated = English(set)
            .Where(e => translated.TryGetValue(e.Key, out var value) && value == e.Value && !MayStaySame(e.Key, culture))
            .Select(e => e.Key).ToList();

        Assert.True(missing.Count == 0, $"{culture} lacks: {string.Join(", ", missing)}");
        Assert.True(untranslated.Count == 0, $"{culture} leaves in English: {string.Join(", ", untranslated)}");
        Assert.Empty(translated.Keys.Except(English(set).Keys));
    }

    [Theory]
    [MemberData(nameof(SetsAndOtherCultures))]
    public void PlaceholdersAreKeptInTranslations(string set, string culture)
    {
        var translated = Entries(Set(set).GetResourceSet(CultureInfo.GetCultureInfo(culture), true, false)!);

        foreach (var (key, english) in English(set))
        {
            Assert.True(Placeholders(english).SequenceEqual(Placeholders(translated[key])), $"{culture} {key}");
        }
    }

    [Fact]
    public void EveryKeyTheCodeAsksForExists()
    {
        var keys = English().Keys.ToHashSet(StringComparer.Ordinal);
        var asked = new List<string>();
        var source = Path.Combine(RepositoryRoot(), "src", "SilkRoad.Web");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            asked.AddRange(KeyPattern().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));
        }
        // Keys made from a prefix and a value: every value must have one.
        asked.AddRange(Enum.GetNames<ResourceType>().Select(n => "Type." + n));
        asked.AddRange(Enum.GetNames<IdentifierKind>().Select(n => "Identifier." + n));
        asked.AddRange(Enum.GetNames<SearchSort>().Select(n => "Sort." + n));
        asked.AddRange(Enum.GetNames<QueryErrorCode>().Select(n => "QueryError." + n));
        asked.AddRange(Enum.GetNames<SearchInputProblem>().Select(n => "SearchInput." + n));
        asked.AddRange(FacetNames.All.Select(n => "Facet." + n));
        foreach (var kind in ErrorKinds) asked.AddRange([$"Error.{kind}.Title", $"Error.{kind}.Text"]);

        Assert.True(asked.Count > 100);
        Assert.Empty(asked.Where(k => !keys.Contains(k)).Distinct());
    }

    [Fact]
    public void EveryAccountTextKeyTheCodeAsksForExists()
    {
        var keys = English(nameof(AccountText)).Keys.ToHashSet(StringComparer.Ordinal);
        var asked = SourceFiles().SelectMany(f => AccountKeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToList();
        // Keys made from a prefix and a value: every value must have one.
        asked.AddRange(SilkRoad.Accounts.Authorization.AccountRoles.All.Select(r => "Role." + r));
        asked.AddRange(["Mail.Confirm.Subject", "Mail.AlreadyRegistered.Subject", "Mail.Reset.Subject"]);
        asked.AddRange(typeof(SilkRoad.Accounts.PersonalData.PersonalDataActions).GetFields()
            .Select(f => "Audit.Action." + (string)f.GetValue(null)!));

        Assert.True(asked.Count > 50);
        Assert.Empty(asked.Where(k => !keys.Contains(k)).Distinct());
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "SilkRoad.Web"), "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static readonly string[] ErrorKinds = ["400", "404", "410", "500", "Other"];

    private static readonly string[] CheckedPages =
        ["/", "/statistics", "/resources/{id}", "/search?q=bridge", "/no-such-page", "/search?page=0",
         "/account/login", "/account/register", "/account/forgot-password", "/account/reset-password", "/account/logout"];

    public static TheoryData<string, string> PagesInOtherCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh", "fr", "ru", "es", "ar" })
        {
            foreach (var page in CheckedPages) data.Add(culture, page);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInOtherCultures))]
    public async Task PagesInOtherCulturesShowNoEnglishInterfaceText(string culture, string page)
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0025");
        using var response = await fixture.Client.GetAsync(new Uri("/" + culture + page.Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var english = English().Concat(English(nameof(AccountText)))
            .Where(e => !MayStaySame(e.Key, culture) && e.Value.Length > 1 && !e.Value.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        // A word this culture shares with English for another key ("Source" in French) is not left-over English.
        english.ExceptWith(Entries(Text.GetResourceSet(CultureInfo.GetCultureInfo(culture), true, false)!).Values);
        english.ExceptWith(Entries(AccountTextSet.GetResourceSet(CultureInfo.GetCultureInfo(culture), true, false)!).Values);
        var shown = Html.TextNodes(html).Concat(Html.AttributeValues(html, "aria-label")).Concat(Html.AttributeValues(html, "placeholder"));

        var left = shown.Where(english.Contains).Distinct().ToList();
        Assert.True(left.Count == 0, $"English on /{culture}{page}: {string.Join(" | ", left)}");
        Assert.Equal(culture, Html.RootLangDir(html).Lang);
    }

    private static bool MayStaySame(string key, string culture) =>
        SameAsEnglish.TryGetValue(key, out var cultures) && (cultures.Contains("*") || cultures.Contains(culture));

    private static Dictionary<string, string> Entries(ResourceSet set) =>
        set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SilkRoad.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SilkRoad.slnx not found above " + AppContext.BaseDirectory);
    }

    // T["Key"], text["Key"] and T["Key", args]: literal keys only; the composed ones are listed in the test.
    [GeneratedRegex("""\b(?:T|text)\["([A-Za-z0-9.]+)"[,\]]""")]
    private static partial Regex KeyPattern();

    // A["Key"] in the account views, accountText["Key"] in their page models.
    [GeneratedRegex("""\b(?:A|accountText)\["([A-Za-z0-9.]+)"[,\]]""")]
    private static partial Regex AccountKeyPattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
