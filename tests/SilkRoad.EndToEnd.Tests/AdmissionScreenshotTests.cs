using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.EndToEnd.Tests;

/// <summary>
/// Screenshots of the manager's desk (sessions, a session's applications) and of a trainee's record in English,
/// Chinese and Arabic, signed in through the login form as a person would, on the demo base; written where
/// <see cref="ScreenshotTests"/> writes its own.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AdmissionScreenshotTests(BrowserPortal browser)
{
    private const string Password = "correct horse battery";

    [Theory]
    [InlineData("en", 0)]
    [InlineData("zh", 1)]
    [InlineData("ar", 2)]
    public async Task TakesScreenshotsOfTheManagersDeskAndATraineesRecord(string culture, int nth)
    {
        var folder = Environment.GetEnvironmentVariable("SILKROAD_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var manager = $"manager.{culture}@example.org";
        await CreateUserAsync(manager, AccountRoles.ProgrammeManager);
        var (traineeEmail, sessionNumber) = await DemoPeopleAsync(manager, nth);
        await CreateUserAsync(traineeEmail, AccountRoles.Trainee);

        await ShootAsync(manager, culture, [("desk", $"/{culture}/manage"), ("applications", $"/{culture}/manage/applications?session={sessionNumber}")], folder);
        await ShootAsync(traineeEmail, culture, [("my", $"/{culture}/my")], folder);
    }

    private async Task ShootAsync(string email, string culture, (string Name, string Path)[] pages, string folder)
    {
        var page = await browser.OpenAsync($"/{culture}/account/login");
        try
        {
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", Password);
            await page.Locator("form:has(#password) button[type=submit]").ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
            foreach (var (name, path) in pages)
            {
                var response = await page.GotoAsync(path);
                Assert.Equal(200, response?.Status);
                Assert.Equal(culture == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
                var file = Path.Combine(folder, $"{name}-{culture}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 10_000, $"{file} is too small");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task CreateUserAsync(string email, string role)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    // The manager gets the programmes of the sessions whose calls are open; the trainee is the nth demo person who
    // has waiting applications there and a certificate from an earlier session, so that their record shows both.
    private async Task<(string TraineeEmail, int SessionNumber)> DemoPeopleAsync(string managerEmail, int nth)
    {
        string managerId;
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
            managerId = (await scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(managerEmail))!.Id; // made above
        await using var context = browser.Portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var upcoming = await context.Sessions.Where(s => s.StartsOn > today).OrderBy(s => s.StartsOn).ToListAsync();
        foreach (var programmeId in upcoming.Select(s => s.ProgrammeId).Distinct())
        {
            if (!await context.ProgrammeManagers.AnyAsync(m => m.ProgrammeId == programmeId && m.UserId == managerId))
                context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = programmeId, UserId = managerId });
        }
        await context.SaveChangesAsync();
        var upcomingIds = upcoming.Select(s => s.Id).ToList();
        var email = await context.Trainees
            .Where(t => context.Applications.Any(a => a.TraineeId == t.Id && a.Status == ApplicationStatus.Submitted && upcomingIds.Contains(a.SessionId))
                && context.Enrolments.Any(e => e.TraineeId == t.Id && e.Status == EnrolmentStatus.Completed))
            .OrderBy(t => t.Id).Select(t => t.Email).Skip(nth).FirstAsync();
        return (email!, upcoming[0].Number); // every demo trainee has an address
    }
}
