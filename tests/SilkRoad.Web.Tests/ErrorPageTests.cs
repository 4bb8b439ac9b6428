using System.Net;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Web.Tests;

public sealed class ErrorPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/de/")]
    [InlineData("/xx/statistics")]
    [InlineData("/EN/")]
    [InlineData("/en/no-such-page")]
    public async Task AnUnknownCultureOrPageIsAFriendly404(string path)
    {
        var html = await fixture.GetHtmlAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"search-box\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCultureIsExplainedInTheReadersLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/de/statistics");
        request.Headers.TryAddWithoutValidation("Accept-Language", "ar");

        using var response = await fixture.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("ar", "rtl"), Html.RootLangDir(html));
        Assert.Contains("الصفحة غير موجودة", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fr/resources/987654321")]
    [InlineData("/fr/resources/987654321/cite.bib")]
    public async Task AnUnknownResourceIsA404InThePagesCulture(string path)
    {
        var html = await fixture.GetHtmlAsync(path, HttpStatusCode.NotFound);

        Assert.Equal(("fr", "ltr"), Html.RootLangDir(html));
        Assert.Contains("Page introuvable", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWithdrawnResourceIsGone()
    {
        var record = new ResourceRecord { Source = "oai:test", SourceRecordId = "gone-1", Titles = { new LocalizedText("en", "A withdrawn report on tunnel linings") } };
        record.Identifiers.Add(Core.Identifiers.Identifier.Create(Core.Identifiers.IdentifierKind.Doi, "10.5555/withdrawn.1")!);
        await fixture.Portal.ImportAsync(record);
        var id = await fixture.Portal.ResourceIdAsync("10.5555/withdrawn.1");
        await fixture.Portal.ImportAsync(new ResourceRecord { Source = "oai:test", SourceRecordId = "gone-1", Deleted = true });

        var html = await fixture.GetHtmlAsync($"/es/resources/{id}", HttpStatusCode.Gone);

        Assert.Contains("Este recurso fue retirado", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tunnel linings", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverlongQueryIsA400InThePagesCulture()
    {
        var html = await fixture.GetHtmlAsync("/ru/search?q=" + new string('a', 1001), HttpStatusCode.BadRequest);

        Assert.Contains("Запрос слишком длинный", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryTheEngineCannotParseIsA400NamingTheProblem()
    {
        var html = await fixture.GetHtmlAsync("/zh/search?q=%22bridge", HttpStatusCode.BadRequest);

        Assert.Contains("引号没有闭合", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;bridge\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APagePastTheLastIsA404WithAWayBack()
    {
        var html = await fixture.GetHtmlAsync("/en/search?q=bridge&page=50", HttpStatusCode.NotFound);

        Assert.Contains("href=\"/en/search?q=bridge\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiKeepsItsOwnStatusCodesWithoutPages()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }
}
