using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

public sealed class FollowUpSurveyTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private static readonly KeyValuePair<string, string>[] Answers =
    [
        new("Answers.StillInField", "true"), new("Answers.AppliedLearning", "true"), new("Answers.Promoted", "false"),
        new("Answers.WouldRecommend", "true"), new("Answers.Comment", "<i>Built</i> a solar plant at home"),
    ];

    private static int _people;

    /// <summary>A trainee account enrolled in the session with the given status; signed in.</summary>
    private async Task<Visitor> AlumnusAsync(int sessionId, EnrolmentStatus status)
    {
        var email = $"alumnus{Interlocked.Increment(ref _people)}-{sessionId}@example.org";
        var user = await portal.CreateUserAsync(email, AccountRoles.Trainee);
        await portal.EnrolAsync(sessionId, "Alumnus " + email, user.Id, status);
        return await SessionsPortal.SignInAsync(portal, email);
    }

    private static Task<HttpResponseMessage> OpenAsync(Visitor staff, int sessionId, bool programme, string? token = null) =>
        staff.PostFormAsync($"/en/manage/sessions/{sessionId}", "FollowUp", [new("programme", programme ? "true" : "false")], token);

    private static async Task<string> TokenAsync(Visitor visitor) => SessionsPortal.Token(await visitor.GetHtmlAsync("/en/account/password"));

    [Fact]
    public async Task TheManagerOpensItACompleterAnswersOnceAndTheManagerReadsCountsAndCommentsWithoutNames()
    {
        var session = await portal.SessionAsync();
        var completer = await AlumnusAsync(session.Id, EnrolmentStatus.Completed);
        await AlumnusAsync(session.Id, EnrolmentStatus.Completed);
        var page = $"/en/my/follow-up/{session.Id}";

        using var beforeOpening = await completer.GetAsync(page);
        using var opened = await OpenAsync(session.Manager, session.Id, programme: false);
        var my = await completer.GetHtmlAsync("/en/my");
        var token = SessionsPortal.Token(await completer.GetHtmlAsync(page));
        using var incomplete = await completer.PostFormAsync(page, null, [new("Answers.StillInField", "true")], token);
        using var saved = await completer.PostFormAsync(page, null, Answers, token);
        using var again = await completer.PostFormAsync(page, null, Answers, token);
        var myAfter = await completer.GetHtmlAsync("/en/my");
        var staff = await SessionsPortal.TextAsync(await session.Manager.GetAsync($"/en/manage/sessions/{session.Id}"));
        var followUp = staff[staff.IndexOf("id=\"follow-up\"", StringComparison.Ordinal)..];

        Assert.Equal(HttpStatusCode.NotFound, beforeOpening.StatusCode);
        Assert.Contains("Follow-up surveys opened: 1.", await SessionsPortal.TextAsync(opened), StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}\"", my, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("Thank you: your answers have been recorded.", await SessionsPortal.TextAsync(saved), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.DoesNotContain($"href=\"{page}\"", myAfter, StringComparison.Ordinal);
        Assert.Contains("1 of 2 completers have answered.", followUp, StringComparison.Ordinal);
        Assert.Contains("<td>Have you been promoted since?</td><td class=\"number\">0</td><td class=\"number\">0%</td>", followUp, StringComparison.Ordinal);
        Assert.Contains("<td>Would you recommend the training to a colleague?</td><td class=\"number\">1</td><td class=\"number\">100%</td>", followUp, StringComparison.Ordinal);
        Assert.Contains("<li><bdi><i>Built</i> a solar plant at home</bdi></li>", followUp, StringComparison.Ordinal); // decoded: it was escaped
        Assert.DoesNotContain("Alumnus", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATraineeWhoDidNotCompleteTheSessionCannotAnswer()
    {
        var session = await portal.SessionAsync();
        var enrolled = await AlumnusAsync(session.Id, EnrolmentStatus.Enrolled);
        using var opened = await OpenAsync(session.Manager, session.Id, programme: false);
        var page = $"/en/my/follow-up/{session.Id}";

        var my = await enrolled.GetHtmlAsync("/en/my");
        using var form = await enrolled.GetAsync(page);
        using var post = await enrolled.PostFormAsync(page, null, Answers, await TokenAsync(enrolled));

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.DoesNotContain($"href=\"{page}\"", my, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        Assert.False(await context.FollowUpResponses.AnyAsync(r => context.Enrolments.Any(e => e.Id == r.EnrolmentId && e.SessionId == session.Id)));
    }

    [Fact]
    public async Task AnotherProgrammesManagerCanNeitherOpenNorReadItAndAnInstructorCannotOpenIt()
    {
        var session = await portal.SessionAsync();
        var other = await portal.SessionAsync();
        var completer = await AlumnusAsync(session.Id, EnrolmentStatus.Completed);
        using var opened = await OpenAsync(session.Manager, session.Id, programme: false);
        using var answered = await completer.PostFormAsync($"/en/my/follow-up/{session.Id}", null, Answers);

        using var read = await other.Manager.GetAsync($"/en/manage/sessions/{session.Id}");
        var otherToken = SessionsPortal.Token(await other.Manager.GetHtmlAsync($"/en/manage/sessions/{other.Id}"));
        using var open = await OpenAsync(other.Manager, session.Id, programme: true, otherToken);
        using var byInstructor = await OpenAsync(session.Instructor, session.Id, programme: false);
        var instructorView = await SessionsPortal.TextAsync(await session.Instructor.GetAsync($"/en/manage/sessions/{session.Id}"));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byInstructor.StatusCode);
        Assert.Contains("1 of 1 completers have answered.", instructorView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionThatHasNotEndedHasNoFollowUpAndTheProgrammeOptionOpensEveryEndedSession()
    {
        var session = await portal.SessionAsync();
        int running, earlier;
        await using (var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var number = 80_000 + (session.Id * 2); // clear of the numbers SessionsPortal hands out
            var runningSession = Sibling(session.ProgrammeId, number + 1, today.AddDays(-1), today.AddDays(3));
            var earlierSession = Sibling(session.ProgrammeId, number + 2, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 14));
            context.Sessions.AddRange(runningSession, earlierSession);
            await context.SaveChangesAsync();
            (running, earlier) = (runningSession.Id, earlierSession.Id);
        }

        using var tooEarly = await OpenAsync(session.Manager, running, programme: false);
        using var programme = await OpenAsync(session.Manager, session.Id, programme: true);
        using var twice = await OpenAsync(session.Manager, earlier, programme: true);
        var runningPage = await SessionsPortal.TextAsync(await session.Manager.GetAsync($"/en/manage/sessions/{running}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        Assert.Contains("Follow-up surveys opened: 2.", await SessionsPortal.TextAsync(programme), StringComparison.Ordinal);
        Assert.Contains("Follow-up surveys opened: 0.", await SessionsPortal.TextAsync(twice), StringComparison.Ordinal);
        Assert.Contains("A follow-up survey can be opened once the session has ended.", runningPage, StringComparison.Ordinal);
        await using var after = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        Assert.Equal(new[] { earlier, session.Id }.Order(), (await after.FollowUpSurveys.Where(f => f.SessionId == session.Id || f.SessionId == earlier || f.SessionId == running)
            .Select(f => f.SessionId).ToListAsync()).Order());
    }

    [Fact]
    public async Task ErasingTheAccountRemovesTheFollowUpCommentAndKeepsTheAnswerCounted()
    {
        var session = await portal.SessionAsync();
        var completer = await AlumnusAsync(session.Id, EnrolmentStatus.Completed);
        using var opened = await OpenAsync(session.Manager, session.Id, programme: false);
        using var answered = await completer.PostFormAsync($"/en/my/follow-up/{session.Id}", null, Answers);

        using var erased = await completer.SubmitAsync("/en/account/personal-data", new Dictionary<string, string> { ["Password"] = AccountsPortal.Password },
            "/en/account/personal-data?handler=Erase");
        var staff = await SessionsPortal.TextAsync(await session.Manager.GetAsync($"/en/manage/sessions/{session.Id}"));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("1 of 1 completers have answered.", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("a solar plant at home", staff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "结业学员跟踪调查")]
    [InlineData("ar", "استبيان متابعة الخريجين")]
    public async Task TheFollowUpFormSpeaksTheCulturesLanguage(string culture, string title)
    {
        var session = await portal.SessionAsync();
        var completer = await AlumnusAsync(session.Id, EnrolmentStatus.Completed);
        using var opened = await OpenAsync(session.Manager, session.Id, programme: false);

        var html = await completer.GetHtmlAsync($"/{culture}/my/follow-up/{session.Id}");

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Have you applied what you learnt?", html, StringComparison.Ordinal);
    }

    private static Session Sibling(int programmeId, int number, DateOnly start, DateOnly end) => new()
    {
        ProgrammeId = programmeId,
        Number = number,
        StartsOn = start,
        EndsOn = end,
        Mode = SessionMode.OnSite,
        Venue = "Xi'an",
        InstructionLanguage = "en",
        Capacity = 5,
    };
}
