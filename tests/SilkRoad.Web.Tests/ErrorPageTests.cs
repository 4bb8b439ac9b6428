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

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=1.5")]
    [InlineData("page=100000")]
    [InlineData("sort=cheapest")]
    [InlineData("sort=1")]
    public async Task BadSearchParametersAreA400ThatSaysWhy(string query)
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();
        var before = fixture.Search.Requests.Count;

        var html = await fixture.GetHtmlAsync("/en/search?q=bridge&" + query, HttpStatusCode.BadRequest);

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"bridge\"", html, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Search.Requests.Count);
    }

    [Fact]
    public async Task AnOverlongQueryIsA400InThePagesCulture()
    {
        var html = await fixture.GetHtmlAsync("/ru/search?q=" + new string('a', 1001), HttpStatusCode.BadRequest);

        Assert.Contains("Запрос слишком длинный", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryOfExactlyTheLimitIsSearched()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        await fixture.GetHtmlAsync("/en/search?q=" + new string('a', 1000));

        Assert.Equal(1000, fixture.Search.Requests[^1].Query.Length);
    }

    [Fact]
    public async Task AQueryTheEngineCannotParseIsA400NamingTheProblem()
    {
        fixture.Search.Results = Search.SearchResults.Failed(new Search.Queries.QueryError(Search.Queries.QueryErrorCode.UnbalancedQuote, 0, "unbalanced quote"));

        var html = await fixture.GetHtmlAsync("/zh/search?q=%22bridge", HttpStatusCode.BadRequest);

        Assert.Contains("引号没有闭合", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APagePastTheLastIsA404WithAWayBack()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults() with { Hits = [] };

        var html = await fixture.GetHtmlAsync("/en/search?q=bridge&page=50", HttpStatusCode.NotFound);

        Assert.Contains("/en/search?q=bridge\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailureIsAFriendly500WithoutAStackTrace()
    {
        fixture.Search.Failure = new InvalidOperationException("index folder is locked");
        try
        {
            var html = await fixture.GetHtmlAsync("/fr/search?q=pont", HttpStatusCode.InternalServerError);

            Assert.Equal(("fr", "ltr"), Html.RootLangDir(html));
            Assert.Contains("Un problème est survenu de notre côté", html, StringComparison.Ordinal);
            Assert.DoesNotContain("index folder is locked", html, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
            Assert.DoesNotContain(" at SilkRoad.", html, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Search.Failure = null;
        }
    }

    [Fact]
    public async Task TheApiKeepsItsOwnStatusCodesWithoutPages()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }
}
