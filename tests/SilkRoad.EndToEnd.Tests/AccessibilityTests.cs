using Deque.AxeCore.Playwright;

namespace SilkRoad.EndToEnd.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserPortal browser)
{
    private static readonly string[] PageTypes = ["/", "/statistics", "/resources/{id}", "/search?q=bridge", "/search?q=nothing&language=ru", "/no-such-page"];

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
            var result = await page.RunAxe();

            Assert.NotEmpty(result.Passes); // axe ran its rules on this page

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
                .ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
