using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

public sealed class LearnPageTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private async Task<(SessionsPortal.StaffSession Session, Visitor Trainee, int Enrolment)> OnlineSessionWithTraineeAsync()
    {
        var session = await portal.SessionAsync(mode: SessionMode.Online);
        var email = $"learner{session.Id}@example.org";
        var user = await portal.CreateUserAsync(email, "Trainee");
        var enrolment = await portal.EnrolAsync(session.Id, "Leila Haddad", user.Id);
        return (session, await SessionsPortal.SignInAsync(portal, email), enrolment);
    }

    [Fact]
    public async Task StaffAddAVideoAndAQuestionAndTheTraineesViewAndAnswerShowAsProgress()
    {
        var (session, trainee, enrolment) = await OnlineSessionWithTraineeAsync();
        var staffPage = $"/en/manage/sessions/{session.Id}";
        using var video = await session.Instructor.PostFormAsync(staffPage, "Material",
            [new("Material.VideoUrl", "https://video.example.org/solar-1"), new("Material.Title", "Solar cells, part 1"), new("Material.ScheduleItemId", session.ItemIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        using var script = await session.Instructor.PostFormAsync(staffPage, "Material", [new("Material.VideoUrl", "javascript:alert(1)")]);
        using var question = await session.Manager.PostFormAsync(staffPage, "Question",
            [new("Question.Text", "What does a PV cell turn light into?"), new("Question.Options", "Heat\nElectricity\nSound"), new("Question.CorrectOption", "2")]);
        int materialId, questionId;
        await using (var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create())
        {
            materialId = await context.CourseMaterials.Where(m => m.SessionId == session.Id).Select(m => m.Id).SingleAsync();
            questionId = await context.QuizQuestions.Where(q => q.SessionId == session.Id).Select(q => q.Id).SingleAsync();
        }
        var learnPage = $"/en/learn/{session.Id}";

        var list = await trainee.GetHtmlAsync("/en/learn");
        using var opened = await trainee.GetAsync($"{learnPage}?handler=Material&materialId={materialId}");
        using var answered = await trainee.PostFormAsync(learnPage, "Answer", [new("questionId", questionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("choice", "1")]);
        using var twice = await trainee.PostFormAsync(learnPage, "Answer", [new("questionId", questionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("choice", "0")]);
        var staffHtml = await session.Manager.GetHtmlAsync(staffPage);

        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
        Assert.Contains($"href=\"/en/learn/{session.Id}\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("https://video.example.org/solar-1", opened.Headers.Location?.OriginalString);
        Assert.Contains("Right answer.", await SessionsPortal.TextAsync(answered), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        // Online, the viewed material of the first day counts as attending it: 1 of 2 items.
        Assert.Matches("Leila Haddad</span></td>\\s*<td>[^<]+</td>\\s*<td class=\"number\">50%</td>\\s*<td class=\"number\">1 / 1</td>\\s*<td class=\"number\">100%", staffHtml);
        await using var after = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        Assert.True(await after.MaterialViews.AnyAsync(v => v.EnrolmentId == enrolment && v.MaterialId == materialId));
    }

    [Fact]
    public async Task TheSurveyIsAnsweredOnceAndStaffSeeTheMeansAndComments()
    {
        var (session, trainee, _) = await OnlineSessionWithTraineeAsync();
        var learnPage = $"/en/learn/{session.Id}";
        KeyValuePair<string, string>[] answers =
        [
            new("Survey.Content", "5"), new("Survey.Instruction", "4"), new("Survey.Organisation", "3"), new("Survey.Usefulness", "5"),
            new("Survey.Comment", "<b>Very</b> useful"),
        ];

        var token = SessionsPortal.Token(await trainee.GetHtmlAsync(learnPage));
        using var incomplete = await trainee.PostFormAsync(learnPage, "Survey", [new("Survey.Content", "5")]);
        using var saved = await trainee.PostFormAsync(learnPage, "Survey", answers);
        using var again = await trainee.PostFormAsync(learnPage, "Survey", answers, token);
        var staffHtml = await session.Instructor.GetHtmlAsync($"/en/manage/sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("Thank you: your answers have been recorded.", await SessionsPortal.TextAsync(saved), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("1 trainees have answered.", staffHtml, StringComparison.Ordinal);
        Assert.Contains("<td>Organisation</td><td class=\"number\">3.0</td>", staffHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Very&lt;/b&gt; useful", staffHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasingTheAccountRemovesTheSurveyCommentAndKeepsTheRatingsCounted()
    {
        var (session, trainee, _) = await OnlineSessionWithTraineeAsync();
        using var saved = await trainee.PostFormAsync($"/en/learn/{session.Id}", "Survey",
        [
            new("Survey.Content", "5"), new("Survey.Instruction", "4"), new("Survey.Organisation", "3"), new("Survey.Usefulness", "5"),
            new("Survey.Comment", "My manager in Tashkent will hear of this"),
        ]);

        using var erased = await trainee.SubmitAsync("/en/account/personal-data", new Dictionary<string, string> { ["Password"] = AccountsPortal.Password },
            "/en/account/personal-data?handler=Erase");
        var staffHtml = await session.Manager.GetHtmlAsync($"/en/manage/sessions/{session.Id}");

        Assert.Contains("Thank you: your answers have been recorded.", await SessionsPortal.TextAsync(saved), StringComparison.Ordinal);
        Assert.Contains("1 trainees have answered.", staffHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Tashkent", staffHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATraineeFindsNoSessionTheyAreNotEnrolledIn()
    {
        var (own, trainee, _) = await OnlineSessionWithTraineeAsync();
        var token = SessionsPortal.Token(await trainee.GetHtmlAsync($"/en/learn/{own.Id}"));
        var other = await portal.SessionAsync(mode: SessionMode.Online);
        await portal.EnrolAsync(other.Id, "Someone Else");

        using var course = await trainee.GetAsync($"/en/learn/{other.Id}");
        using var survey = await trainee.PostFormAsync($"/en/learn/{other.Id}", "Survey",
            [new("Survey.Content", "1"), new("Survey.Instruction", "1"), new("Survey.Organisation", "1"), new("Survey.Usefulness", "1")], token);
        using var staff = await trainee.GetAsync($"/en/manage/sessions/{other.Id}");

        Assert.Equal(HttpStatusCode.NotFound, course.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, survey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);
    }
}
