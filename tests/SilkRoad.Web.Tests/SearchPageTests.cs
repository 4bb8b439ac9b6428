using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests;

/// <summary>The results page on the real index over the demo catalogue.</summary>
public sealed partial class SearchPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task KeepsTheQueryInTheBoxAndShowsHitsInTheirLanguageWithHighlightedSnippets()
    {
        var fatigue = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0002");

        var html = await fixture.GetHtmlAsync("/en/search?q=%22steel+bridge%22+%3Cb%3E");

        Assert.Contains("value=\"&quot;steel bridge&quot; &lt;b&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/en/resources/{fatigue}\" lang=\"en\" dir=\"ltr\">Fatigue behaviour of rib-to-deck welded joints", html, StringComparison.Ordinal);
        Assert.Contains("<mark>steel</mark> <mark>bridge</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountIsTheEnginesTotal()
    {
        var api = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=solar", UriKind.Relative));

        var html = await fixture.GetHtmlAsync("/en/search?q=solar");

        Assert.Contains($"Results: {api.GetProperty("total").GetInt64()} ·", html, StringComparison.Ordinal);
        Assert.Equal(Math.Min(20, api.GetProperty("total").GetInt64()), Hits(html).Count);
    }

    [Fact]
    public async Task AHitWithATitleInTheReadersLanguageShowsThatTitle()
    {
        // The photovoltaic standard is one resource with a Chinese and an English title (two records, one DOI).
        var standard = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0028");

        var chinese = await fixture.GetHtmlAsync("/zh/search?q=photovoltaic");
        var english = await fixture.GetHtmlAsync("/en/search?q=photovoltaic");

        Assert.Contains($"href=\"/zh/resources/{standard}\" lang=\"zh\" dir=\"ltr\">光伏发电站智能运维技术规范<", chinese, StringComparison.Ordinal);
        Assert.Contains($"href=\"/en/resources/{standard}\" lang=\"en\" dir=\"ltr\">Technical specification for intelligent operation", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArabicHitsAreMarkedRightToLeft()
    {
        var bridges = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0067");

        var html = await fixture.GetHtmlAsync("/fr/search?q=%D8%A7%D9%84%D8%AC%D8%B3%D9%88%D8%B1"); // الجسور

        Assert.Contains($"href=\"/fr/resources/{bridges}\" lang=\"ar\" dir=\"rtl\">هندسة الجسور الخرسانية سابقة الإجهاد<", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"snippet\" lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> FacetNamesInEveryCulture() => new()
    {
        // culture, the type "journal-article", the language "en", the country "CN", as each culture names them
        { "en", "Journal article", "English", "China" },
        { "zh", "期刊论文", "英语", "中国" },
        { "fr", "Article de revue", "Anglais", "Chine" },
        { "ru", "Статья в журнале", "Английский", "Китай" },
        { "es", "Artículo de revista", "Inglés", "China" },
        { "ar", "مقالة في مجلة", "الإنجليزية", "الصين" },
    };

    [Theory]
    [MemberData(nameof(FacetNamesInEveryCulture))]
    public async Task FacetValuesFromTheEngineAreNamedInTheCulture(string culture, string type, string language, string country)
    {
        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync($"/{culture}/search?q=bridge"));

        Assert.Contains($"<a href=\"/{culture}/search?q=bridge&type=journal-article\"><span>{type}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{culture}/search?q=bridge&language=en\"><span>{language}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{culture}/search?q=bridge&country=CN\"><span>{country}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{culture}/search?q=bridge&year=2019\"><span>2019</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountriesAreNamedInSimplifiedChinese()
    {
        var html = await fixture.GetHtmlAsync("/zh/search?q=%E6%99%BA%E8%83%BD"); // 智能: smart ports, grids, cities

        Assert.Contains("<span>泰国</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("泰國", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASelectedValueNarrowsTheResultsAndCanBeRemovedByItsLinkOrItsChip()
    {
        // Without translation: "bridge" in French finds the French articles on ponts as well (CrossLanguageApiTests).
        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/fr/search?q=bridge&type=journal-article&crossLanguage=false"));

        Assert.Single(Hits(html));
        Assert.Contains("href=\"/fr/search?q=bridge&crossLanguage=false\" aria-current=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/fr/search?q=bridge&crossLanguage=false\" aria-label=\"Retirer le filtre Type : Article de revue\">Type : Article de revue</a>", html, StringComparison.Ordinal);
        // The type facet is counted as if its own selection were not applied, so another type can be added.
        Assert.Contains("href=\"/fr/search?q=bridge&type=journal-article&type=patent&crossLanguage=false\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrowsingEverythingOffersEveryTypeAndLanguage()
    {
        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/en/search"));

        var types = Regex.Matches(html, "href=\"/en/search\\?type=([a-z-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(12, types.Count);
        foreach (var language in new[] { "zh", "en", "fr", "ru", "es", "ar" })
            Assert.Contains($"href=\"/en/search?language={language}\"", html, StringComparison.Ordinal);
        Assert.Equal(20, Hits(html).Count);
    }

    [Fact]
    public async Task TheNextPageByCursorIsThePageByNumber()
    {
        var first = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/en/search?sort=title"));
        var next = NextLinkPattern().Match(first);
        Assert.True(next.Success, "no next link");
        Assert.StartsWith("/en/search?sort=title&page=2&after=", next.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search?sort=title&page=3\"", first, StringComparison.Ordinal);

        var byCursor = await fixture.GetHtmlAsync(next.Groups[1].Value);
        var byNumber = await fixture.GetHtmlAsync("/en/search?sort=title&page=2");

        Assert.Equal(20, Hits(byCursor).Count);
        Assert.Equal(Hits(byNumber), Hits(byCursor));
        Assert.Empty(Hits(first).Intersect(Hits(byCursor)));
    }

    [Fact]
    public async Task AMisspeltQueryWithAFilterHelpsWithACorrectionAndRemovingTheFilter()
    {
        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/en/search?q=brigde&language=ru"));

        Assert.Empty(Hits(html));
        Assert.Contains("No resource matches this search.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search?q=bridge&language=ru\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search?q=brigde\">Search again without the filters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAQueryThePageBrowsesEverything()
    {
        var stats = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/catalogue/stats", UriKind.Relative));

        var html = await fixture.GetHtmlAsync("/es/search");

        Assert.Contains($"Resultados: {stats.GetProperty("total").GetInt64()} ·", html, StringComparison.Ordinal);
    }

    private static List<string> Hits(string html) =>
        HitPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<a class=\"hit-title\" href=\"([^\"]+)\"")]
    private static partial Regex HitPattern();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLinkPattern();
}
