using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Web.Charts;

namespace SilkRoad.Web.Tests.Training;

public sealed partial class WorldMapTests(ManagedPortal portal) : IClassFixture<ManagedPortal>
{
    [Fact]
    public async Task EveryCountryWithTraineesIsAPathTitledWithItsNameAndCount()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.ProgrammeManager);
        var expected = await CountsAsync();

        var html = await manager.GetHtmlAsync("/en/manage/reports/by-country");

        var countries = Countries(html);
        Assert.Equal(115, expected.Count);
        foreach (var (code, count) in expected)
        {
            Assert.True(countries.TryGetValue(code, out var country), $"no path for {code}");
            Assert.EndsWith($": {count.ToString("N0", CultureInfo.GetCultureInfo("en"))} trainees", country.Title, StringComparison.Ordinal);
        }
        Assert.Equal("Thailand: " + expected["TH"].ToString("N0", CultureInfo.GetCultureInfo("en")) + " trainees", countries["TH"].Title);
    }

    [Fact]
    public async Task AShadeIsNeverLighterForALargerCountAndACountryWithoutTraineesIsUnshaded()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.Administrator);
        var expected = await CountsAsync();

        var countries = Countries(await manager.GetHtmlAsync("/zh/manage/reports/by-country"));

        var ordered = expected.OrderBy(e => e.Value).Select(e => countries[e.Key].Shade).ToList();
        Assert.Equal(ordered.Order(), ordered);
        Assert.Equal(WorldMapShading.Shades, countries[expected.MaxBy(e => e.Value).Key].Shade);
        Assert.True(ordered.Distinct().Count() >= 4, "the shades hardly differ");
        foreach (var empty in new[] { "US", "BR", "AU", "GL" })
        {
            Assert.False(expected.ContainsKey(empty));
            Assert.Equal(0, countries[empty].Shade);
            Assert.EndsWith("暂无学员", countries[empty].Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFilteredReportMapsOnlyTheCountriesItCounts()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.Administrator);
        var participations = await portal.ParticipationsAsync();
        var year = participations.Min(p => p.Year);
        var expected = participations.Where(p => p.Year == year).Select(p => p.CountryCode).ToHashSet();

        var countries = Countries(await manager.GetHtmlAsync($"/en/manage/reports/by-country?from={year}&to={year}"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), countries.Where(c => c.Value.Shade > 0).Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PortalFixture.Cultures), MemberType = typeof(PortalFixture))]
    public async Task ThePublicStatisticsShowTheMapWithItsTableAndNoPersonalData(string culture)
    {
        using var visitor = portal.NewVisitor();
        var expected = await CountsAsync();

        var html = await visitor.GetHtmlAsync($"/{culture}/statistics");

        var countries = Countries(html);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), countries.Where(c => c.Value.Shade > 0).Select(c => c.Key).Order(StringComparer.Ordinal));
        var section = Regex.Match(html, "<section class=\"trainee-map\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("<details>", section, StringComparison.Ordinal);
        Assert.Equal(expected.Count, Regex.Count(section, "<tr><th scope=\"row\">"));
        Assert.DoesNotContain("@example", html, StringComparison.Ordinal);
        Assert.Equal((culture, culture == "ar" ? "rtl" : "ltr"), Html.RootLangDir(html));
    }

    [Fact]
    public void TheEmbeddedShapesAreSmallAndHoldEveryCountryOfTheDemoBase()
    {
        var shapes = WorldMapShapes.Instance;
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "SilkRoad.Web", "Charts", "WorldMap.txt"));

        Assert.True(file.Length < 150 * 1024, $"{file.Length} bytes");
        Assert.True(shapes.Countries.Count(c => !c.IsDot) > 170);
        Assert.Equal(shapes.Countries.Count, shapes.Countries.Select(c => c.Code).Distinct().Count());
        Assert.DoesNotContain(shapes.Countries, c => c.Code == "AQ");
        foreach (var code in new[] { "TH", "RU", "PK", "UG", "SG", "BH", "MV", "MU", "WS", "FJ" })
            Assert.Contains(shapes.Countries, c => c.Code == code);
    }

    [Fact]
    public void ShadesGrowWithTheCountAndTheLegendCoversEveryCount()
    {
        var shading = new WorldMapShading(1_156);

        var shades = Enumerable.Range(0, 1_157).Select(c => shading.Shade(c)).ToList();
        var ranges = shading.Ranges();

        Assert.Equal(0, shades[0]);
        Assert.Equal(shades.Order(), shades);
        Assert.Equal(WorldMapShading.Shades, shades[^1]);
        Assert.Equal(1, ranges[0].From);
        Assert.Equal(1_156, ranges[^1].To);
        for (var i = 1; i < ranges.Count; i++) Assert.Equal(ranges[i - 1].To + 1, ranges[i].From);
        foreach (var (shade, from, to) in ranges)
        {
            Assert.Equal(shade, shading.Shade(from));
            Assert.Equal(shade, shading.Shade(to));
        }
        Assert.Equal([(1, 1L, 1L)], new WorldMapShading(1).Ranges());
        Assert.Empty(new WorldMapShading(0).Ranges());
    }

    private async Task<Dictionary<string, long>> CountsAsync() =>
        (await portal.ParticipationsAsync()).GroupBy(p => p.CountryCode)
            .ToDictionary(g => g.Key, g => (long)g.Select(p => p.TraineeId).Distinct().Count(), StringComparer.Ordinal);

    private static Dictionary<string, (int Shade, string Title)> Countries(string html) =>
        CountryPattern().Matches(html).ToDictionary(m => m.Groups["code"].Value,
            m => (int.Parse(m.Groups["shade"].Value, CultureInfo.InvariantCulture), WebUtility.HtmlDecode(m.Groups["title"].Value)), StringComparer.Ordinal);

    [GeneratedRegex("<path class=\"country shade-(?<shade>\\d)(?: dot)?\" data-code=\"(?<code>[A-Z]{2})\" d=\"[^\"]+\"><title>(?<title>[^<]*)</title></path>")]
    private static partial Regex CountryPattern();
}
