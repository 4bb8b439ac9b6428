using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static SilkRoad.EndToEnd.Tests.BrowserPortal;

namespace SilkRoad.EndToEnd.Tests;

[Collection(SharedBrowser.Name)]
public sealed class PortalJourneyTests(BrowserPortal browser)
{
    [Theory]
    [MemberData(nameof(BrowserPortal.Cultures), MemberType = typeof(BrowserPortal))]
    public async Task AReaderGoesFromHomeToStatisticsAndToAResourceInEveryCulture(string culture)
    {
        var id = await browser.Portal.ResourceIdAsync("10.5555/silkroad.demo.0046");
        var page = await browser.OpenAsync($"/{culture}/");
        try
        {
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", culture == "ar" ? "rtl" : "ltr");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = T("Home.Title", culture) })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", culture) })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Navigation, new() { Name = T("Layout.MainNavigation", culture) })
                .GetByRole(AriaRole.Link, new() { Name = T("Nav.Statistics", culture), Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{culture}/statistics$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = T("Statistics.ByLanguage", culture) })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();

            await page.GotoAsync($"/{culture}/resources/{id}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = T("Resource.Abstract", culture) })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "10.5555/silkroad.demo.0046" })).ToHaveAttributeAsync("href", "https://doi.org/10.5555/silkroad.demo.0046");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = T("Resource.CiteRis", culture) }).ClickAsync());
            Assert.EndsWith(".ris", download.SuggestedFilename, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en", "ar")]
    [InlineData("ar", "zh")]
    [InlineData("zh", "ru")]
    [InlineData("ru", "es")]
    [InlineData("es", "fr")]
    [InlineData("fr", "en")]
    public async Task SwitchingLanguageKeepsThePageAndItsQuery(string from, string to)
    {
        var page = await browser.OpenAsync($"/{from}/search?q=bridge&type=book");
        try
        {
            var target = Web.Cultures.PortalCultures.All.Single(c => c.Code == to);
            await page.GetByRole(AriaRole.Navigation, new() { Name = T("Layout.Languages", from) })
                .GetByRole(AriaRole.Link, new() { Name = target.NativeName }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{to}/search\\?q=bridge&type=book$"));
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", to);
            await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", to) })).ToHaveValueAsync("bridge");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(BrowserPortal.Cultures), MemberType = typeof(BrowserPortal))]
    public async Task AReaderSearchesNarrowsByAFacetAndTurnsThePage(string culture)
    {
        var page = await browser.OpenAsync($"/{culture}/");
        try
        {
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", culture) });
            await box.FillAsync("solar");
            await box.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{culture}/search\\?q=solar$"));
            var hits = page.Locator("ol.hits > li");
            var all = await hits.CountAsync();

            var dataset = page.GetByRole(AriaRole.Complementary).GetByRole(AriaRole.Link, new() { Name = T("Type.Dataset", culture) });
            var datasets = int.Parse(await dataset.Locator(".count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            await dataset.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{culture}/search\\?q=solar&type=dataset$"));
            await Assertions.Expect(hits).ToHaveCountAsync(datasets);
            Assert.True(datasets < all, $"{datasets} datasets of {all} hits");
            var chip = string.Format(System.Globalization.CultureInfo.InvariantCulture, T("Search.RemoveFilter", culture), T("Facet.type", culture), T("Type.Dataset", culture));
            await page.GetByRole(AriaRole.Link, new() { Name = chip }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{culture}/search\\?q=solar$"));
            await Assertions.Expect(hits).ToHaveCountAsync(all);

            // Everything (the whole demo catalogue) is more than a page: the next page follows the engine's cursor.
            await page.GetByRole(AriaRole.Navigation, new() { Name = T("Layout.MainNavigation", culture) })
                .GetByRole(AriaRole.Link, new() { Name = T("Nav.Search", culture), Exact = true }).ClickAsync();
            await Assertions.Expect(hits).ToHaveCountAsync(20);
            var first = await page.Locator("a.hit-title").AllInnerTextsAsync();
            await page.GetByRole(AriaRole.Navigation, new() { Name = T("Search.Pages", culture) })
                .GetByRole(AriaRole.Link, new() { Name = T("Search.Next", culture) }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{culture}/search\\?page=2&after=[^&]+$"));
            await Assertions.Expect(page.Locator("[aria-current=page]")).ToHaveTextAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, T("Search.PageNumber", culture), 2));
            Assert.Empty((await page.Locator("a.hit-title").AllInnerTextsAsync()).Intersect(first));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheRootFollowsTheBrowsersLanguage()
    {
        var page = await browser.OpenAsync("/", locale: "ar-EG");
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/ar/$"));
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task ArabicIsLaidOutRightToLeft()
    {
        var page = await browser.OpenAsync("/ar/");
        try
        {
            // The brand sits at the right edge and the search button to the left of the box.
            var brand = await page.Locator(".brand").BoundingBoxAsync();
            var box = await page.GetByRole(AriaRole.Combobox, new() { Name = T("Search.Label", "ar") }).BoundingBoxAsync();
            var button = await page.Locator(".search-box button").BoundingBoxAsync();
            Assert.True(brand!.X > 640, $"brand at {brand.X}");
            Assert.True(button!.X < box!.X, $"button at {button.X}, box at {box.X}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
