using System.Net;
using SilkRoad.Search;

namespace SilkRoad.Web.Tests;

public sealed class SearchPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task PassesTheQueryFiltersSortAndPageToTheEngine()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        await fixture.GetHtmlAsync("/en/search?q=steel+bridge&type=book&type=thesis&year=2015..2020&country=EG&sort=newest&page=2");

        var request = fixture.Search.Requests[^1];
        Assert.Equal("steel bridge", request.Query);
        Assert.Equal(["book", "thesis"], request.Filters[FacetNames.Type]);
        Assert.Equal(["2015..2020"], request.Filters[FacetNames.Year]);
        Assert.Equal(["EG"], request.Filters[FacetNames.Country]);
        Assert.Equal(SearchSort.Newest, request.Sort);
        Assert.Equal(2, request.Page);
        Assert.Contains(FacetNames.Language, request.Facets);
    }

    [Fact]
    public async Task KeepsTheQueryInTheBoxAndShowsHitsInTheirLanguage()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        var html = await fixture.GetHtmlAsync("/en/search?q=%22steel+bridge%22+%3Cb%3E");

        Assert.Contains("value=\"&quot;steel bridge&quot; &lt;b&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/resources/1\" lang=\"en\" dir=\"ltr\">Fatigue of orthotropic steel bridge decks<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/resources/2\" lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<mark>bridge</mark> decks &amp; welds", html, StringComparison.Ordinal);
        Assert.Contains("Results: 45", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChineseTitleOfAHitIsShownToAChineseReader()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        var html = await fixture.GetHtmlAsync("/zh/search?q=bridge");

        Assert.Contains("lang=\"zh\" dir=\"ltr\">正交异性钢桥面板疲劳<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacetValuesAreNamedInTheCultureAndToggleTheirFilter()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/fr/search?q=pont&type=book"));

        Assert.Contains("href=\"/fr/search?q=pont&type=book&type=journal-article\"", html, StringComparison.Ordinal);
        Assert.Contains("Article de revue", html, StringComparison.Ordinal);
        Assert.Contains("Égypte", html, StringComparison.Ordinal);
        Assert.Contains("Arabe", html, StringComparison.Ordinal);
        // The selected value's link removes it, and so does its chip.
        Assert.Contains("href=\"/fr/search?q=pont\" aria-current=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Retirer le filtre Type : Livre\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePagerLinksPagesAndHandsTheEngineItsCursor()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/en/search?q=bridge&sort=title"));

        Assert.Contains("href=\"/en/search?q=bridge&sort=title&page=2&after=cursor-2\" rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search?q=bridge&sort=title&page=3\"", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-current=\"page\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyResultHelpsWithSuggestionsAndRemovingFilters()
    {
        fixture.Search.Results = new SearchResults { DidYouMean = "bridge" };

        var html = WebUtility.HtmlDecode(await fixture.GetHtmlAsync("/en/search?q=brigde&language=ru"));

        Assert.Contains("No resource matches this search.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search?q=bridge&language=ru\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/search?q=brigde\">Search again without the filters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAQueryThePageBrowsesEverything()
    {
        fixture.Search.Results = CannedSearchIndex.BridgeResults();

        await fixture.GetHtmlAsync("/es/search");

        Assert.Equal("", fixture.Search.Requests[^1].Query);
    }

    [Fact]
    public async Task RelatedResourcesAppearOnAResourcePageWhenTheEngineHasSome()
    {
        var id = await fixture.Portal.ResourceIdAsync("10.5555/silkroad.demo.0001");
        fixture.Search.Related = [];
        var without = await fixture.GetHtmlAsync($"/en/resources/{id}");
        fixture.Search.Related = CannedSearchIndex.BridgeResults().Hits;
        var with = await fixture.GetHtmlAsync($"/en/resources/{id}");
        fixture.Search.Related = [];

        Assert.DoesNotContain("related-title", without, StringComparison.Ordinal);
        Assert.Contains("related-title", with, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/resources/2\"", with, StringComparison.Ordinal);
    }
}
