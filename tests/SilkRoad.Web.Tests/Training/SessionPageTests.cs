using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

public sealed class SessionPageTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    [Fact]
    public async Task TheManagerSeesTheScheduleAndEachTraineesAttendanceAfterTheInstructorTicksTheList()
    {
        var session = await portal.SessionAsync();
        var anna = await portal.EnrolAsync(session.Id, "Anna Lee");
        await portal.EnrolAsync(session.Id, "Boris Kim");
        var attendance = $"/en/manage/sessions/{session.Id}/attendance/{session.ItemIds[0]}";

        using var ticked = await session.Instructor.PostFormAsync(attendance, null, [new("present", anna.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var html = await session.Manager.GetHtmlAsync($"/en/manage/sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);
        Assert.Contains("Attendance saved: 1 present.", await SessionsPortal.TextAsync(ticked), StringComparison.Ordinal);
        Assert.Contains("Site visit: Solar plant", html, StringComparison.Ordinal);
        Assert.Contains("2 enrolled of 5 places", html, StringComparison.Ordinal);
        Assert.Matches("Anna Lee</span></td>\\s*<td>[^<]+</td>\\s*<td class=\"number\">50%", html);
        Assert.Matches("Boris Kim</span></td>\\s*<td>[^<]+</td>\\s*<td class=\"number\">0%", html);
    }

    [Fact]
    public async Task TheInstructorsDeskAndTheManagersDeskLeadToTheSessionPageAndAnotherInstructorsDeskDoesNot()
    {
        var session = await portal.SessionAsync();
        var link = $"href=\"/en/manage/sessions/{session.Id}\"";
        var stranger = await portal.SignedInAsync($"desk-stranger{session.Id}@example.org", "Instructor");
        var trainee = await portal.SignedInAsync($"desk-trainee{session.Id}@example.org", "Trainee");

        var instructorDesk = await session.Instructor.GetHtmlAsync("/en/teach");
        var managerDesk = await session.Manager.GetHtmlAsync("/en/manage");
        var strangerDesk = await stranger.GetHtmlAsync("/en/teach");
        using var traineeDesk = await trainee.GetAsync("/en/teach");

        Assert.Contains(link, instructorDesk, StringComparison.Ordinal);
        Assert.DoesNotContain("/manage/applications?session=", instructorDesk, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/teach\"", instructorDesk, StringComparison.Ordinal);
        Assert.Contains(link, managerDesk, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/manage/reports\"", managerDesk, StringComparison.Ordinal);
        Assert.DoesNotContain(link, strangerDesk, StringComparison.Ordinal);
        Assert.Contains("No session is assigned to you yet.", strangerDesk, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, traineeDesk.StatusCode);
    }

    [Fact]
    public async Task TheInstructorReadsTheSessionButCannotCompleteItAndOthersFindNothing()
    {
        var session = await portal.SessionAsync();
        var page = $"/en/manage/sessions/{session.Id}";
        var stranger = await portal.SignedInAsync($"other-instructor{session.Id}@example.org", "Instructor");
        var trainee = await portal.SignedInAsync($"trainee-peek{session.Id}@example.org", "Trainee");

        var instructorHtml = await session.Instructor.GetHtmlAsync(page);
        using var instructorCompletes = await session.Instructor.PostFormAsync(page, "Complete", [new("minAttendance", "0")]);
        using var strangerGet = await stranger.GetAsync(page);
        using var traineeGet = await trainee.GetAsync(page);
        using var missing = await session.Manager.GetAsync("/en/manage/sessions/999999");

        Assert.DoesNotContain("handler=Complete", instructorHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, instructorCompletes.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, traineeGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheManagerAppliesTheRuleIssuesCertificatesAndRevokesOneWithAReason()
    {
        var session = await portal.SessionAsync();
        var page = $"/en/manage/sessions/{session.Id}";
        var anna = await portal.EnrolAsync(session.Id, "Anna Lee");
        await portal.EnrolAsync(session.Id, "Boris Kim");
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var item in session.ItemIds)
        {
            using var marked = await session.Manager.PostFormAsync($"{page}/attendance/{item}", null, [new("present", anna.ToString(invariant))]);
        }

        using var applied = await session.Manager.PostFormAsync(page, "Complete", [new("minAttendance", "80"), new("minQuiz", "")]);
        using var issued = await session.Manager.PostFormAsync(page, "Issue", []);
        string code;
        await using (var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create())
            code = await context.Certificates.Where(c => c.EnrolmentId == anna).Select(c => c.Code).SingleAsync();
        using var noReason = await session.Manager.PostFormAsync(page, "Revoke", [new("code", code), new("reason", " ")]);
        using var revoked = await session.Manager.PostFormAsync(page, "Revoke", [new("code", code), new("reason", "Attendance sheet was wrong")]);

        Assert.Contains("1 trainees completed the session now; 0 had completed before; 1 do not meet the rule.", await SessionsPortal.TextAsync(applied), StringComparison.Ordinal);
        Assert.Contains("1 certificates issued.", await SessionsPortal.TextAsync(issued), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("The certificate has been revoked.", await SessionsPortal.TextAsync(revoked), StringComparison.Ordinal);
        await using var after = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var certificate = await after.Certificates.SingleAsync(c => c.Code == code);
        Assert.Equal("Attendance sheet was wrong", certificate.RevocationReason);
        Assert.Equal(EnrolmentStatus.Completed, await after.Enrolments.Where(e => e.Id == anna).Select(e => e.Status).SingleAsync());
    }

    [Fact]
    public async Task TheSessionPageIsRightToLeftInArabic()
    {
        var session = await portal.SessionAsync();

        var html = await session.Manager.GetHtmlAsync($"/ar/manage/sessions/{session.Id}");

        Assert.Equal(("ar", "rtl"), Html.RootLangDir(html));
        Assert.Contains("الجدول", html, StringComparison.Ordinal);
    }
}
