using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests;

public sealed class StatisticsPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(PortalFixture.Cultures), MemberType = typeof(PortalFixture))]
    public async Task FourChartsEachAnImageWithATitleAndATableOfItsNumbers(string culture)
    {
        var html = await fixture.GetHtmlAsync($"/{culture}/statistics");

        foreach (var chart in new[] { "by-type", "by-language", "by-year", "by-country" })
        {
            Assert.Contains($"role=\"img\" aria-labelledby=\"{chart}-svg-title\"", html, StringComparison.Ordinal);
            Assert.Matches($"<title id=\"{chart}-svg-title\">[^<]+</title>", html);
            var section = Regex.Match(html, $"<section class=\"chart\" aria-labelledby=\"{chart}-title\">.*?</section>", RegexOptions.Singleline).Value;
            Assert.Contains("<table>", section, StringComparison.Ordinal);
            Assert.Contains("<th scope=\"row\">", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheTablesHoldTheStoresCounts()
    {
        var stats = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/catalogue/stats", UriKind.Relative));

        var html = await fixture.GetHtmlAsync("/en/statistics");

        var languages = Rows(html, "by-language");
        Assert.Equal(stats.GetProperty("byLanguage").GetProperty("ar").GetInt64(), languages["Arabic"]);
        Assert.Equal(stats.GetProperty("byLanguage").GetProperty("zh").GetInt64(), languages["Chinese"]);
        var types = Rows(html, "by-type");
        Assert.Equal(stats.GetProperty("byType").GetProperty("Patent").GetInt64(), types["Patent"]);
        Assert.Equal(stats.GetProperty("total").GetInt64(), Rows(html, "by-year").Values.Sum());
        Assert.True(Rows(html, "by-country")["Egypt"] > 0);
    }

    [Fact]
    public async Task ArabicChartsGrowFromTheRight()
    {
        var html = await fixture.GetHtmlAsync("/ar/statistics");

        Assert.Contains("direction=\"rtl\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("direction=\"ltr\"", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, long> Rows(string html, string chart)
    {
        var section = Regex.Match(html, $"<section class=\"chart\" aria-labelledby=\"{chart}-title\">.*?</section>", RegexOptions.Singleline).Value;
        return Regex.Matches(section, "<tr><th scope=\"row\">([^<]+)</th><td class=\"number\">([^<]+)</td></tr>")
            .ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value),
                m => long.Parse(m.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en")));
    }
}
