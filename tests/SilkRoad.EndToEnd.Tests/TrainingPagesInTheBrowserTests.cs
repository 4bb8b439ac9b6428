using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Storage;

namespace SilkRoad.EndToEnd.Tests;

/// <summary>
/// The manager's report page (its chart and world map), the alumni directory and the partner institutions under axe in every culture, and
/// screenshots of the training base's pages in English, Chinese and Arabic, written where <see cref="ScreenshotTests"/>
/// writes them (SILKROAD_SCREENSHOTS; scripts/screenshots.sh points it at docs/screenshots).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class TrainingPagesInTheBrowserTests(BrowserPortal browser)
{
    public static TheoryData<string, string> SignedInPagesInEveryCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "zh", "en", "fr", "ru", "es", "ar" })
        {
            foreach (var page in new[] { "/manage/reports/by-country", "/manage/reports/sessions-by-topic?mode=Online", "/alumni", "/alumni?q=a", "/manage/partners" })
                data.Add(culture, page);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SignedInPagesInEveryCulture))]
    public async Task HasNoSeriousOrCriticalAxeViolations(string culture, string path)
    {
        var page = await SignedInBrowser.OpenAsync(browser, "/" + culture + path, AccountRoles.ProgrammeManager);
        try
        {
            Assert.Equal(culture == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
            await Axe.AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    [InlineData("ar")]
    public async Task TakesScreenshotsOfCallsVerificationReportAndAlumni(string culture)
    {
        var folder = Environment.GetEnvironmentVariable("SILKROAD_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        string code;
        await using (var context = browser.Portal.Services.GetRequiredService<TrainingDbContextFactory>().Create())
        {
            code = await context.Certificates.Where(c => c.Status == CertificateStatus.Valid).OrderBy(c => c.Id).Select(c => c.Code).FirstAsync();
        }

        foreach (var (name, path, signedIn) in new[]
                 {
                     ("calls", $"/{culture}/training/calls", false),
                     ("verify", $"/{culture}/verify/{code}", false),
                     ("report", $"/{culture}/manage/reports/by-country", true),
                     ("alumni", $"/{culture}/alumni", true),
                     ("partners", $"/{culture}/manage/partners", true),
                 })
        {
            var page = signedIn
                ? await SignedInBrowser.OpenAsync(browser, path, AccountRoles.ProgrammeManager)
                : await browser.OpenAsync(path);
            try
            {
                if (name == "report") await Assertions.Expect(page.Locator("svg.world-map")).ToBeVisibleAsync();
                var file = Path.Combine(folder, $"{name}-{culture}.png");
                // The report's table lists every country: its screenshot is the map, the chart's start and what is above them.
                await page.SetViewportSizeAsync(1280, name == "report" ? 1700 : 900);
                // The partners page lists every session each partner nominated people to: its screenshot is its first screen.
                await page.ScreenshotAsync(new() { Path = file, FullPage = name is not ("report" or "partners") });

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
