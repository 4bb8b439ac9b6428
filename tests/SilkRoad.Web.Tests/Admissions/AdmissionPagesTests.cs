using System.Net;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Partners;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Admissions;

/// <summary>The admission workflow through the real host: who reaches which page, and each step as a person does it.</summary>
public sealed class AdmissionPagesTests(WorkflowBase workflow) : IClassFixture<WorkflowBase>
{
    private const string TokenPage = WorkflowBase.TokenPage;

    private AccountsPortal Portal => workflow.Portal;

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private static string PdfText(byte[] bytes) => WorkflowBase.PdfText(bytes);

    // Each page of the workflow and the roles that may open it (administrators may open all but "my record").
    public static TheoryData<string, string> PagesAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in AccountRoles.All)
        {
            foreach (var page in new[] { "/en/manage", "/en/manage/applications?session=9001", "/en/manage/reviews", "/en/manage/nominations", "/en/my", "/en/admin/training" })
                data.Add(page, role);
        }
        return data;
    }

    private static bool MayOpen(string page, string role) => role switch
    {
        AccountRoles.Administrator => !page.StartsWith("/en/my", StringComparison.Ordinal),
        AccountRoles.ProgrammeManager => page is "/en/manage" || page.StartsWith("/en/manage/applications", StringComparison.Ordinal),
        AccountRoles.Reviewer => page == "/en/manage/reviews",
        AccountRoles.PartnerCoordinator => page == "/en/manage/nominations",
        AccountRoles.Trainee => page == "/en/my",
        _ => false,
    };

    [Theory]
    [MemberData(nameof(PagesAndRoles))]
    public async Task EachRoleReachesItsOwnPagesAndIsForbiddenTheOthers(string page, string role)
    {
        using var visitor = await Portal.SignedInAsync($"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org", role);

        using var response = await visitor.GetAsync(page);

        // A manager or administrator with no assignment sees no session 9001: existence is private, so 404.
        var expected = !MayOpen(page, role) ? HttpStatusCode.Forbidden
            : page.Contains("session=9001", StringComparison.Ordinal) && role == AccountRoles.ProgrammeManager ? HttpStatusCode.NotFound
            : HttpStatusCode.OK;
        Assert.True(expected == response.StatusCode, $"{role} on {page}: {response.StatusCode}, expected {expected}");
    }

    [Theory]
    [InlineData("/en/manage")]
    [InlineData("/zh/manage/applications?session=9001")]
    [InlineData("/ar/manage/applications/1")]
    [InlineData("/en/manage/applications/1/invitation")]
    [InlineData("/en/manage/reviews")]
    [InlineData("/en/manage/nominations")]
    [InlineData("/ru/my")]
    [InlineData("/en/my/applications/1/invitation")]
    [InlineData("/en/admin/training")]
    public async Task AnAnonymousVisitorIsSentToSignIn(string page)
    {
        using var visitor = Portal.NewVisitor();

        using var response = await visitor.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/{page[1..3]}/account/login?returnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagerCannotSeeOrDecideTheApplicationsOfAProgrammeNotAssignedToThem()
    {
        var (manager, _) = await workflow.ManagerOfAsync(WorkflowBase.OtherSession);
        var foreign = await workflow.ApplicationOfAsync("olga.petrova@example.org");
        var status = await workflow.StatusAsync(foreign);

        var desk = await manager.GetHtmlAsync("/en/manage");
        using var list = await manager.GetAsync($"/en/manage/applications?session={WorkflowBase.FullSession}");
        using var detail = await manager.GetAsync($"/en/manage/applications/{foreign}");
        using var letter = await manager.GetAsync($"/en/manage/applications/{foreign}/invitation");
        // A valid antiforgery token: only the scope stands in the way.
        using var decide = await manager.SubmitAsync(TokenPage,
            Fields(("decision", "Admit")), $"/en/manage/applications/{foreign}?handler=Decide");

        Assert.Contains($"session={WorkflowBase.OtherSession}", desk, StringComparison.Ordinal);
        Assert.DoesNotContain($"session={WorkflowBase.FullSession}", desk, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, letter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);
        Assert.Equal(status, await workflow.StatusAsync(foreign));
    }

    [Fact]
    public async Task AnAdministratorAssignsAManagerWhoThenSeesTheProgrammesSessions()
    {
        using var admin = await Portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);
        var email = $"pm.{Guid.NewGuid():N}@example.org";
        var manager = await Portal.CreateUserAsync(email, AccountRoles.ProgrammeManager);
        var reviewer = await Portal.CreateUserAsync($"rv.{Guid.NewGuid():N}@example.org", AccountRoles.Reviewer);
        int programmeId;
        await using (var context = workflow.Contexts().Create())
            programmeId = await context.Sessions.Where(s => s.Number == WorkflowBase.OtherSession).Select(s => s.ProgrammeId).SingleAsync();

        var page = await admin.GetHtmlAsync("/en/admin/training");
        using var assigned = await admin.SubmitAsync("/en/admin/training",
            Fields(("kind", "ProgrammeManager"), ("targetId", programmeId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("userId", manager.Id)),
            "/en/admin/training?handler=Assign");
        using var wrongRole = await admin.SubmitAsync("/en/admin/training",
            Fields(("kind", "ProgrammeManager"), ("targetId", programmeId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("userId", reviewer.Id)),
            "/en/admin/training?handler=Assign");
        using var visitor = Portal.NewVisitor();
        using (await visitor.SignInAsync(email, AccountsPortal.Password)) { }

        Assert.Contains(email, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongRole.StatusCode);
        Assert.Contains(email, await admin.GetHtmlAsync("/en/admin/training"), StringComparison.Ordinal);
        Assert.Contains($"session={WorkflowBase.OtherSession}", await visitor.GetHtmlAsync("/en/manage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerSeesOnlyTheirAssignmentsWithoutContactDataAndScoresWithErrorsNamedInTheirLanguage()
    {
        var (manager, _) = await workflow.ManagerOfAsync(WorkflowBase.OtherSession);
        var email = $"reviewer.{Guid.NewGuid():N}@example.org";
        var reviewerUser = await Portal.CreateUserAsync(email, AccountRoles.Reviewer);
        using var reviewer = Portal.NewVisitor();
        using (await reviewer.SignInAsync(email, AccountsPortal.Password)) { }
        var assigned = await workflow.ApplicationOfAsync("ivan.ivanov@example.org");
        var other = await workflow.ApplicationOfAsync("olga.petrova@example.org");

        using (var assign = await manager.SubmitAsync($"/en/manage/applications/{assigned}", Fields(("reviewerId", reviewerUser.Id)),
            $"/en/manage/applications/{assigned}?handler=Assign"))
            Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);
        var queue = WebUtility.HtmlDecode(await reviewer.GetHtmlAsync("/zh/manage/reviews"));
        using var refused = await reviewer.SubmitAsync("/zh/manage/reviews", Fields(("id", $"{assigned}"), ("score", "abc"), ("comment", "")));
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var notMine = await reviewer.SubmitAsync("/zh/manage/reviews", Fields(("id", $"{other}"), ("score", "90")));
        using var saved = await reviewer.SubmitAsync("/zh/manage/reviews", Fields(("id", $"{assigned}"), ("score", "84"), ("comment", "Strong plan.")));

        Assert.Contains("Ivan Ivanov", queue, StringComparison.Ordinal);
        Assert.Contains("Motivation of Ivan Ivanov", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("ivan.ivanov@example.org", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Olga", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("分数（0–100）：请填写 0 到 100 之间的整数。", refusedHtml, StringComparison.Ordinal);
        Assert.Contains($"aria-describedby=\"error-score-{assigned}\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var detail = WebUtility.HtmlDecode(await manager.GetHtmlAsync($"/en/manage/applications/{assigned}"));
        Assert.Contains("Strong plan.", detail, StringComparison.Ordinal);
        Assert.Contains("84", await manager.GetHtmlAsync($"/en/manage/applications?session={WorkflowBase.OtherSession}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionsAreMailedInTheApplicantsLanguageAndTheSessionIsNeverOverfilled()
    {
        var (manager, _) = await workflow.ManagerOfAsync(WorkflowBase.FullSession);
        var olga = await workflow.ApplicationOfAsync("olga.petrova@example.org");
        var mohamed = await workflow.ApplicationOfAsync("mohamed.mansour@example.org");
        var ana = await workflow.ApplicationOfAsync("ana.perez@example.org");
        const string page = TokenPage;

        using var admitted = await manager.SubmitAsync(page, Fields(("decision", "Admit")), $"/en/manage/applications/{olga}?handler=Decide");
        using var rejected = await manager.SubmitAsync(page, Fields(("decision", "Reject")), $"/en/manage/applications/{mohamed}?handler=Decide");
        using var full = await manager.SubmitAsync(page, Fields(("decision", "Admit")), $"/en/manage/applications/{ana}?handler=Decide");
        using var again = await manager.SubmitAsync(page, Fields(("decision", "Admit")), $"/en/manage/applications/{mohamed}?handler=Decide");
        // Trying the waitlisted one again while the session is still full changes nothing and tells them nothing new.
        using var stillFull = await manager.SubmitAsync(page, Fields(("decision", "Admit")), $"/en/manage/applications/{ana}?handler=Decide");

        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.EndsWith("outcome=WaitlistedSessionFull", full.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.EndsWith("outcome=WaitlistedSessionFull", stillFull.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Admitted, await workflow.StatusAsync(olga));
        Assert.Equal(ApplicationStatus.Rejected, await workflow.StatusAsync(mohamed));
        Assert.Equal(ApplicationStatus.Waitlisted, await workflow.StatusAsync(ana));

        var russian = Assert.Single(await Portal.MailToAsync("olga.petrova@example.org"));
        Assert.Contains("Рады сообщить, что вы приняты в набор № 9001", russian, StringComparison.Ordinal);
        Assert.Contains($"/ru/my/applications/{olga}/invitation", russian, StringComparison.Ordinal);
        var arabic = Assert.Single(await Portal.MailToAsync("mohamed.mansour@example.org"));
        Assert.Contains("يؤسفنا أننا لا نستطيع أن نقدّم لك مقعدًا", arabic, StringComparison.Ordinal);
        Assert.Contains("تقنيات الطاقة الجديدة", arabic, StringComparison.Ordinal);
        var english = Assert.Single(await Portal.MailToAsync("ana.perez@example.org"));
        Assert.Contains("you are on its waiting list", english, StringComparison.Ordinal);

        using var letter = await manager.GetAsync($"/en/manage/applications/{olga}/invitation");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        var text = PdfText(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains("邀请函", text, StringComparison.Ordinal);  // the session is taught in Chinese
        Assert.Contains("Olga Petrova", text, StringComparison.Ordinal);
        Assert.Contains("Петрова", text, StringComparison.Ordinal);
        Assert.Contains("9001", text, StringComparison.Ordinal);
        Assert.Contains("新能源技术研修班", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATraineeSeesTheirOwnRecordAndLetterButNotAnothersById()
    {
        var (manager, _) = await workflow.ManagerOfAsync(WorkflowBase.LetterSession);
        var sergei = await workflow.ApplicationOfAsync("sergei.smirnov@example.org");
        using (var decided = await manager.SubmitAsync(TokenPage, Fields(("decision", "Admit")),
            $"/en/manage/applications/{sergei}?handler=Decide"))
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var mail = Assert.Single(await Portal.MailToAsync("sergei.smirnov@example.org"));
        Assert.Contains("我们很高兴地通知您", mail, StringComparison.Ordinal); // he applied in Chinese
        var link = Mail.LinkIn(mail);

        using var stranger = await Portal.SignedInAsync($"trainee.{Guid.NewGuid():N}@example.org", AccountRoles.Trainee);
        using var notTheirs = await stranger.GetAsync(link);
        var strangerRecord = WebUtility.HtmlDecode(await stranger.GetHtmlAsync("/en/my"));
        using var owner = await Portal.SignedInAsync("sergei.smirnov@example.org", AccountRoles.Trainee);
        var record = WebUtility.HtmlDecode(await owner.GetHtmlAsync("/en/my"));
        using var letter = await owner.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.DoesNotContain("Sergei", strangerRecord, StringComparison.Ordinal);
        Assert.Contains("Сергей Смирнов", record, StringComparison.Ordinal);
        Assert.Contains($"/en/my/applications/{sergei}/invitation", record, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var text = PdfText(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains("Sergei Smirnov", text, StringComparison.Ordinal);
        Assert.Contains("9003", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorNominatesForTheirInstitutionAndSeesOnlyItsNominations()
    {
        var email = $"coordinator.{Guid.NewGuid():N}@example.org";
        var user = await Portal.CreateUserAsync(email, AccountRoles.PartnerCoordinator);
        var otherEmail = $"coordinator.{Guid.NewGuid():N}@example.org";
        var otherUser = await Portal.CreateUserAsync(otherEmail, AccountRoles.PartnerCoordinator);
        await using (var context = workflow.Contexts().Create())
        {
            context.PartnerCoordinators.AddRange(
                new PartnerCoordinator { PartnerId = workflow.PartnerId, UserId = user.Id },
                new PartnerCoordinator { PartnerId = workflow.OtherPartnerId, UserId = otherUser.Id });
            await context.SaveChangesAsync();
        }
        using var coordinator = Portal.NewVisitor();
        using (await coordinator.SignInAsync(email, AccountsPortal.Password)) { }
        using var other = Portal.NewVisitor();
        using (await other.SignInAsync(otherEmail, AccountsPortal.Password)) { }
        var form = Fields(("Form.SessionNumber", $"{WorkflowBase.OtherSession}"), ("Form.NativeName", "Пётр Кузнецов"), ("Form.LatinName", "Petr Kuznetsov"),
            ("Form.BirthDate", "1988-04-12"), ("Form.Country", "RU"), ("Form.Discipline", "Hydraulics"), ("Form.Email", "petr.kuznetsov@example.org"),
            ("Form.Institution", "Somebody Else's Institute"));

        using var empty = await coordinator.SubmitAsync("/ru/manage/nominations", Fields(("Form.SessionNumber", $"{WorkflowBase.OtherSession}")));
        using var nominated = await coordinator.SubmitAsync("/en/manage/nominations", form);
        var mine = WebUtility.HtmlDecode(await coordinator.GetHtmlAsync("/en/manage/nominations"));
        var theirs = WebUtility.HtmlDecode(await other.GetHtmlAsync("/en/manage/nominations"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Полное имя на родном языке: обязательное поле.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
        Assert.Contains("Пётр Кузнецов", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Пётр Кузнецов", theirs, StringComparison.Ordinal);
        await using var check = workflow.Contexts().Create();
        var stored = await check.Applications.Where(a => check.Trainees.Any(t => t.Id == a.TraineeId && t.Email == "petr.kuznetsov@example.org"))
            .Join(check.Trainees, a => a.TraineeId, t => t.Id, (a, t) => new { a.NominatedByPartnerId, a.Language, t.Institution }).SingleAsync();
        Assert.Equal((workflow.PartnerId, "en", "Demo Polytechnic University (RU)"), (stored.NominatedByPartnerId, stored.Language, stored.Institution));
    }

    [Fact]
    public async Task ASignedInTraineeWhoAppliesWithTheirOwnAddressFindsTheApplicationInTheirRecordInTheLanguageTheyUsed()
    {
        var email = $"applicant.{Guid.NewGuid():N}@example.org";
        using var trainee = await Portal.SignedInAsync(email, AccountRoles.Trainee);
        Dictionary<string, string> Form(string address, string latin) => Fields(("Form.NativeName", "أحمد علي"), ("Form.LatinName", latin),
            ("Form.BirthDate", "1990-01-02"), ("Form.Country", "EG"), ("Form.Institution", "Demo University"), ("Form.Discipline", "Hydraulics"),
            ("Form.Email", address));

        using var own = await trainee.PostAsync($"/ar/training/calls/{WorkflowBase.OtherSession}", Form(email, "Ahmed Ali " + email[10..18]));
        using var someoneElses = await trainee.PostAsync($"/ar/training/calls/{WorkflowBase.LetterSession}",
            Form($"other.{Guid.NewGuid():N}@example.org", "Ahmed Ali Other " + email[10..18]));
        var record = WebUtility.HtmlDecode(await trainee.GetHtmlAsync("/en/my"));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, someoneElses.StatusCode);
        Assert.Contains($"Session {WorkflowBase.OtherSession}", record, StringComparison.Ordinal);
        Assert.DoesNotContain($"Session {WorkflowBase.LetterSession}", record, StringComparison.Ordinal);
        await using var context = workflow.Contexts().Create();
        Assert.Equal("ar", await context.Applications.Where(a => context.Trainees.Any(t => t.Id == a.TraineeId && t.Email == email))
            .Select(a => a.Language).SingleAsync());
    }
}
