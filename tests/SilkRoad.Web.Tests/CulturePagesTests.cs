using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SilkRoad.Core.Languages;

namespace SilkRoad.Web.Tests;

public sealed class CulturePagesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static TheoryData<string, string> PagesInEveryCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in Language.All.Select(l => l.Code))
        {
            foreach (var page in new[] { "/", "/statistics", "/resources/{id}", "/search?q=bridge" }) data.Add(culture, page);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEveryCulture))]
    public async Task EveryPageTypeAnswersInEveryCultureWithItsLangAndDir(string culture, string page)
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0001");

        var html = await fixture.GetHtmlAsync("/" + culture + page.Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Language.TryFind(culture, out var language);
        Assert.Equal((culture, language!.Direction == TextDirection.RightToLeft ? "rtl" : "ltr"), Html.RootLangDir(html));
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "/zh/")]
    [InlineData("ar-EG", "/ar/")]
    [InlineData("ru-RU,ru;q=0.9", "/ru/")]
    [InlineData("es-419", "/es/")]
    [InlineData("de-DE,fr;q=0.7", "/fr/")]
    [InlineData("de-DE", "/en/")]
    [InlineData("", "/en/")]
    public async Task TheRootRedirectsToTheBestCultureForAcceptLanguage(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage.Length > 0) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheLanguageSwitcherKeepsThePathAndTheQuery()
    {

        var html = await fixture.GetHtmlAsync("/fr/search?q=pont%20suspendu&type=book&sort=newest");

        var links = Html.LinksAfter(html, "<nav class=\"languages\"", "</nav>");
        Assert.Equal(Language.All.Select(l => $"/{l.Code}/search?q=pont%20suspendu&type=book&sort=newest"), links);
    }

    [Fact]
    public async Task EveryPageNamesItsAlternatesInTheOtherLanguages()
    {
        var html = await fixture.GetHtmlAsync("/ru/statistics");

        var alternates = Regex.Matches(html, "<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">")
            .Select(m => (m.Groups[1].Value, new Uri(m.Groups[2].Value).PathAndQuery)).ToList();
        Assert.Equal(Language.All.Select(l => (l.Code, $"/{l.Code}/statistics")).Append(("x-default", "/")), alternates);
    }

    [Theory]
    [MemberData(nameof(PortalFixture.Cultures), MemberType = typeof(PortalFixture))]
    public async Task DatesAreWrittenTheWayTheCultureWritesThem(string culture)
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0001");

        var html = await fixture.GetHtmlAsync($"/{culture}/resources/{id}");

        var time = Regex.Match(html, "<time datetime=\"([^\"]+)\">([^<]+)</time>");
        var importedAt = DateTime.Parse(time.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.Equal(importedAt.ToString("g", CultureInfo.GetCultureInfo(culture)) + " UTC", WebUtility.HtmlDecode(time.Groups[2].Value));
    }
}
