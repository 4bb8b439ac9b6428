using System.Globalization;
using System.Net;
using SilkRoad.Search;

namespace SilkRoad.Web.Tests;

/// <summary>What the portal does in situations the demo catalogue cannot produce, with a test double for the engine.</summary>
public sealed class EngineDoubleTests(EngineDoublePortalFixture fixture) : IClassFixture<EngineDoublePortalFixture>
{
    [Fact]
    public async Task ThePagePassesTheQueryFiltersSortAndPageToTheEngine()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        await fixture.GetHtmlAsync("/en/search?q=steel+bridge&type=book&type=thesis&year=2015..2020&country=EG&sort=newest&page=2&lang=zh");

        var request = fixture.Search.Requests[^1];
        Assert.Equal("steel bridge", request.Query);
        Assert.Equal(["book", "thesis"], request.Filters[FacetNames.Type]);
        Assert.Equal(["2015..2020"], request.Filters[FacetNames.Year]);
        Assert.Equal(["EG"], request.Filters[FacetNames.Country]);
        Assert.Equal(SearchSort.Newest, request.Sort);
        Assert.Equal(2, request.Page);
        Assert.Equal("zh", request.QueryLanguage);
        Assert.Contains(FacetNames.Language, request.Facets);
    }

    [Fact]
    public async Task TheApiReadsTheSameAddressAndAlsoCountsSources()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        using var response = await fixture.Client.GetAsync(new Uri("/api/search?q=steel+bridge&type=book&type=thesis&sort=newest&page=2&pageSize=50", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = fixture.Search.Requests[^1];
        Assert.Equal("steel bridge", request.Query);
        Assert.Equal(["book", "thesis"], request.Filters[FacetNames.Type]);
        Assert.Equal((SearchSort.Newest, 2, 50), (request.Sort, request.Page, request.PageSize));
        Assert.Equal(FacetNames.All, request.Facets);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    [InlineData("page=1.5")]
    [InlineData("page=100000")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("sort=cheapest")]
    [InlineData("sort=1")]
    public async Task BadSearchParametersAreA400ThatSaysWhyWithoutAskingTheEngine(string query)
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();
        var before = fixture.Search.Requests.Count;

        var html = await fixture.GetHtmlAsync("/en/search?q=bridge&" + query, HttpStatusCode.BadRequest);

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"bridge\"", html, StringComparison.Ordinal);
        Assert.Equal(before, fixture.Search.Requests.Count);
    }

    [Fact]
    public async Task AQueryOfExactlyTheLimitIsSearched()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        await fixture.GetHtmlAsync("/en/search?q=" + new string('a', 1000));

        Assert.Equal(1000, fixture.Search.Requests[^1].Query.Length);
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
    public async Task NumbersAreGroupedTheWayTheCultureGroupsThem()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults() with { Total = 1234567 };

        var french = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/fr/search?q=pont"));
        var english = await fixture.GetHtmlAsync("/en/search?q=bridge");

        Assert.Contains(1234567.ToString("N0", CultureInfo.GetCultureInfo("fr")), french, StringComparison.Ordinal);
        Assert.Contains("1,234,567", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResourceWithNothingRelatedHasNoRelatedSection()
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0001");
        fixture.Search.Related = [];

        var html = await fixture.GetHtmlAsync($"/en/resources/{id}");

        Assert.DoesNotContain("related-title", html, StringComparison.Ordinal);
    }
}
