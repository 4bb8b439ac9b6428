using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

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

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    [InlineData("ar")]
    public async Task TakesScreenshotsOfASessionPageAndAnImportPreview(string culture)
    {
        var folder = Environment.GetEnvironmentVariable("SILKROAD_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var (sessionId, email) = await ManagerOfADemoSessionAsync(culture);
        var page = await browser.OpenAsync($"/{culture}/account/login?returnUrl=%2F{culture}%2Fmanage%2Fsessions%2F{sessionId}");
        try
        {
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", Password);
            await page.ClickAsync("form.account-form button[type=submit]");
            await page.WaitForURLAsync($"**/{culture}/manage/sessions/{sessionId}");
            await ShootAsync(page, Path.Combine(folder, $"session-{culture}.png"));

            await page.GotoAsync($"/{culture}/manage/sessions/{sessionId}/import");
            var csv = "native_name,latin_name,email,country,birth_date,gender,institution,discipline\n"
                + "สมชาย ประเสริฐ,Somchai Prasert,somchai@example.org,TH,1990-04-05,M,KMUTT,Hydropower\n"
                + "Амина Окелло,Amina Okello,not-an-address,UG,1992-01-02,F,Makerere University,Power grids\n"
                + "بلال خان,Bilal Khan,bilal@example.org,Atlantis,05/04/1988,M,NUST,Solar energy\n";
            await page.SetInputFilesAsync("#cohort-file", new FilePayload { Name = "cohort.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await page.ClickAsync("form[enctype='multipart/form-data'] button[type=submit]");
            await Assertions.Expect(page.Locator("table.session-table")).ToBeVisibleAsync();
            await ShootAsync(page, Path.Combine(folder, $"import-preview-{culture}.png"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private const string Password = "correct horse battery";

    private static async Task ShootAsync(IPage page, string file)
    {
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.True(bytes.Length > 10_000, $"{file} is {bytes.Length} bytes");
    }

    // A past demo session with a cohort, attendance and certificates, managed by a new account made for the screenshot.
    private async Task<(int SessionId, string Email)> ManagerOfADemoSessionAsync(string culture)
    {
        var email = $"screenshot-manager-{culture}@example.org";
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "ProgrammeManager")).Succeeded);
        await using var context = scope.ServiceProvider.GetRequiredService<TrainingDbContextFactory>().Create();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var session = await context.Sessions
            .Where(s => s.EndsOn < today && s.Mode == SessionMode.OnSite && context.Certificates.Any(c => context.Enrolments.Any(e => e.Id == c.EnrolmentId && e.SessionId == s.Id)))
            .OrderBy(s => context.Enrolments.Count(e => e.SessionId == s.Id)).ThenByDescending(s => s.Number).FirstAsync();
        context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = session.ProgrammeId, UserId = user.Id });
        await context.SaveChangesAsync();
        return (session.Id, email);
    }
}
