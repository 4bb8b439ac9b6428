using Microsoft.Playwright;

namespace SilkRoad.EndToEnd.Tests;

/// <summary>
/// Screenshots of the home, a results, a resource and a concept page in English, Chinese and Arabic, written to the folder named
/// by SILKROAD_SCREENSHOTS (scripts/screenshots.sh points it at docs/screenshots) or else beside the test binary.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ScreenshotTests(BrowserPortal browser)
{
    // A real query on the demo catalogue in each language, with a facet selected.
    private static readonly Dictionary<string, string> Searches = new()
    {
        ["en"] = "q=energy&year=2022",
        ["zh"] = "q=%E6%99%BA%E8%83%BD&country=CN", // 智能 (smart, intelligent)
        ["ar"] = "q=%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9&language=ar", // الطاقة (energy)
    };

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    [InlineData("ar")]
    public async Task TakesScreenshotsOfHomeResultsAndAResource(string culture)
    {
        var folder = Environment.GetEnvironmentVariable("SILKROAD_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        // The demo's Chinese slope study has an English twin only in its own language; the desalination study is
        // French and Arabic: each page shows its titles in their own scripts.
        var id = await browser.Portal.ResourceIdAsync(culture == "zh" ? "10.5555/silkroad.demo.0025" : "10.5555/silkroad.demo.0046");

        foreach (var (name, path) in new[]
                 {
                     ("home", $"/{culture}/"), ("search", $"/{culture}/search?{Searches[culture]}"), ("resource", $"/{culture}/resources/{id}"),
                     ("concept", $"/{culture}/concepts/desalination"),
                 })
        {
            var page = await browser.OpenAsync(path);
            try
            {
                if (name == "search") await Assertions.Expect(page.Locator("a.hit-title").First).ToBeVisibleAsync();
                var file = Path.Combine(folder, $"{name}-{culture}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });

                var bytes = await File.ReadAllBytesAsync(file);
                Assert.True(bytes.Length > 10_000, $"{file} is {bytes.Length} bytes");
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }
}
