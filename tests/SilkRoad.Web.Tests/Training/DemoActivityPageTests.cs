using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Storage;

namespace SilkRoad.Web.Tests.Training;

/// <summary>On a fresh start the demo base's recent sessions are not empty: a course, a quiz, survey and follow-up answers on the session page; partners with agreements.</summary>
public sealed class DemoActivityPageTests(SeededAccountsPortal seeded) : IClassFixture<SeededAccountsPortal>
{
    [Fact]
    public async Task RecentDemoSessionsShowTheirCourseSurveyAndFollowUpAnswersAndPartnersTheirAgreements()
    {
        int sessionId, courseSessionId, responses, completers;
        await using (var context = seeded.Portal.Services.GetRequiredService<TrainingDbContextFactory>().Create())
        {
            courseSessionId = await context.CourseMaterials.OrderBy(m => m.Id).Select(m => m.SessionId).FirstAsync();
            sessionId = await context.FollowUpSurveys.OrderBy(f => f.Id).Select(f => f.SessionId).FirstAsync();
            responses = await context.FollowUpResponses.CountAsync(r => context.Enrolments.Any(e => e.Id == r.EnrolmentId && e.SessionId == sessionId));
            completers = await context.Enrolments.CountAsync(e => e.SessionId == sessionId && e.Status == SilkRoad.Training.Enrolments.EnrolmentStatus.Completed);
        }
        var admin = await seeded.Portal.SignedInAsync("demo-activity-admin@example.org", AccountRoles.Administrator);

        var html = await SessionsPortal.TextAsync(await admin.GetAsync($"/en/manage/sessions/{sessionId}"));
        var course = await SessionsPortal.TextAsync(await admin.GetAsync($"/en/manage/sessions/{courseSessionId}"));
        var partners = await admin.GetHtmlAsync("/en/manage/partners");

        Assert.Contains($"{responses} of {completers} completers have answered.", html, StringComparison.Ordinal);
        Assert.True(responses > 0);
        Assert.Contains("https://video.example.org/demo/", course, StringComparison.Ordinal);
        Assert.DoesNotContain("No materials yet.", course, StringComparison.Ordinal);
        Assert.Matches("[1-9][0-9]* trainees have answered.", course);
        Assert.Contains("Current", partners, StringComparison.Ordinal);
        Assert.Contains("Expired", partners, StringComparison.Ordinal);
    }
}
