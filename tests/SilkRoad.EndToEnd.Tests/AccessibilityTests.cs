using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SilkRoad.EndToEnd.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserPortal browser)
{
    // The results page with results, with none, and with a filter selected.
    private static readonly string[] PageTypes =
        ["/", "/statistics", "/resources/{id}", "/search?q=bridge", "/search?q=nothing&language=ru", "/search?q=solar&type=dataset", "/concepts/desalination", "/no-such-page"];

    public static TheoryData<string, string> EveryPageTypeInEveryCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh", "en", "fr", "ru", "es", "ar" })
        {
            foreach (var page in PageTypes) data.Add(culture, page);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPageTypeInEveryCulture))]
    public async Task HasNoSeriousOrCriticalAxeViolations(string culture, string path)
    {
        var id = await browser.Portal.ResourceIdAsync("10.5555/silkroad.demo.0066");
        var page = await browser.OpenAsync("/" + culture + path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        try
        {
            await Axe.AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheCheckFailsOnAPageWithACriticalViolation()
    {
        var page = await browser.OpenAsync("/en/");
        try
        {
            // An image without a text alternative: axe's image-alt rule, of critical impact.
            await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('img'))");

            var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Axe.AssertNoSeriousViolationsAsync(page));

            Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(BrowserPortal.Cultures), MemberType = typeof(BrowserPortal))]
    public async Task HasNoSeriousOrCriticalAxeViolationsWithTheSuggestionsOpen(string culture)
    {
        var page = await browser.OpenAsync($"/{culture}/search?q=bridge");
        try
        {
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = BrowserPortal.T("Search.Label", culture) });
            await box.FillAsync("s");
            await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
            await box.PressAsync("ArrowDown");
            await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", new Regex("."));

            await Axe.AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
