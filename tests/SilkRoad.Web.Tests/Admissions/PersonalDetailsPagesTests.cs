using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Admissions;

/// <summary>
/// An applicant's date of birth, passport or ID number, telephone and address on the staff pages: hidden until the
/// session's manager asks, for that response only, each view in the audit log first; nobody else may ask.
/// </summary>
public sealed class PersonalDetailsPagesTests(WorkflowBase workflow) : IClassFixture<WorkflowBase>
{
    private const string TokenPage = WorkflowBase.TokenPage;

    private AccountsPortal Portal => workflow.Portal;

    private static Dictionary<string, string> NoFields() => [];

    private async Task<int> GivePersonalFieldsAsync(string email, string passport, string address)
    {
        await using var context = workflow.Contexts().Create();
        var trainee = await context.Trainees.SingleAsync(t => t.Email == email);
        trainee.BirthDate = new DateOnly(1987, 11, 23);
        trainee.Phone = "+7 912 555 01 01";
        trainee.PassportNumber = passport;
        trainee.Address = address;
        await context.SaveChangesAsync();
        return trainee.Id;
    }

    private Task<IReadOnlyList<AuditLogLine>> AuditOfAsync(string subject) =>
        Portal.Services.GetRequiredService<PersonalDataAuditLog>().ReadAsync(subject, 0, 50, CancellationToken.None);

    [Fact]
    public async Task TheManagerShowsAnApplicantsPersonalFieldsAndTheViewIsAuditedBeforehand()
    {
        var (manager, managerId) = await workflow.ManagerOfAsync(WorkflowBase.OtherSession);
        var traineeId = await GivePersonalFieldsAsync("ivan.ivanov@example.org", "75 1234567", "ul. Mira 5, kv. 12\nYekaterinburg 620002");
        var application = await workflow.ApplicationOfAsync("ivan.ivanov@example.org");
        var page = $"/en/manage/applications/{application}";

        var before = WebUtility.HtmlDecode(await manager.GetHtmlAsync(page));
        var auditBefore = await AuditOfAsync($"trainee:{traineeId}");
        using var shown = await manager.SubmitAsync(page, NoFields(), $"{page}?handler=Personal");
        var html = WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync());
        var after = WebUtility.HtmlDecode(await manager.GetHtmlAsync(page));

        foreach (var personal in new[] { "75 1234567", "555 01 01", "Mira", "1987" })
        {
            Assert.DoesNotContain(personal, before, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, after, StringComparison.Ordinal);
        }
        Assert.Contains("Show personal details", before, StringComparison.Ordinal);
        Assert.Empty(auditBefore);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.True(shown.Headers.CacheControl?.NoStore, "the shown fields must not be cached");
        Assert.Contains("75 1234567", html, StringComparison.Ordinal);
        Assert.Contains("+7 912 555 01 01", html, StringComparison.Ordinal);
        Assert.Contains("ul. Mira 5, kv. 12\nYekaterinburg 620002", html, StringComparison.Ordinal);
        Assert.Contains("1987", html, StringComparison.Ordinal);
        var line = Assert.Single(await AuditOfAsync($"trainee:{traineeId}"));
        Assert.Equal((managerId, PersonalDataActions.ApplicantViewed), (line.ActorId, line.Action));
        Assert.Equal(["dateOfBirth", "passport", "phone", "address"], line.Fields);
    }

    [Fact]
    public async Task TheAuditPageShowsTheViewReadablyWithTheTraineeSubjectAsSuch()
    {
        var (manager, _) = await workflow.ManagerOfAsync(WorkflowBase.FullSession);
        var traineeId = await GivePersonalFieldsAsync("mohamed.mansour@example.org", "A12345678", "Alexandria");
        var application = await workflow.ApplicationOfAsync("mohamed.mansour@example.org");
        using (var shown = await manager.SubmitAsync(TokenPage, NoFields(), $"/en/manage/applications/{application}?handler=Personal"))
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        using var admin = await Portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);

        var english = WebUtility.HtmlDecode(await admin.GetHtmlAsync("/en/admin/audit"));
        var arabic = WebUtility.HtmlDecode(await admin.GetHtmlAsync("/ar/admin/audit"));

        Assert.Contains($"trainee:{traineeId}", english, StringComparison.Ordinal);
        Assert.Contains("viewed (application page)", english, StringComparison.Ordinal);
        Assert.Contains("date of birth, passport or ID number, telephone, postal address", english, StringComparison.Ordinal);
        Assert.Contains($"<bdi dir=\"ltr\">trainee:{traineeId}</bdi>", arabic, StringComparison.Ordinal);
        Assert.Contains("اطّلاع (صفحة الطلب)", arabic, StringComparison.Ordinal);
        Assert.Contains("رقم جواز السفر أو الهوية", arabic, StringComparison.Ordinal);
    }

    public static TheoryData<string> OthersWhoMayNotShow() => new() { "reviewer", "coordinator", "other-manager", "trainee" };

    [Theory]
    [MemberData(nameof(OthersWhoMayNotShow))]
    public async Task NoOneButTheSessionsManagersMayShowAnApplicantsPersonalFields(string who)
    {
        var traineeId = await GivePersonalFieldsAsync("sergei.smirnov@example.org", "75 0001112", "Kazan");
        var application = await workflow.ApplicationOfAsync("sergei.smirnov@example.org");
        await using (var context = workflow.Contexts().Create())
        {
            // Nominated by the partner, so that its coordinator sees the nomination and still may not see the fields.
            await context.Applications.Where(a => a.Id == application)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.NominatedByPartnerId, workflow.PartnerId));
        }
        using var visitor = who switch
        {
            "reviewer" => await workflow.ReviewerOfAsync(application),
            "coordinator" => await workflow.CoordinatorOfAsync(workflow.PartnerId),
            "other-manager" => (await workflow.ManagerOfAsync(WorkflowBase.OtherSession)).Visitor,
            _ => await Portal.SignedInAsync($"trainee.{Guid.NewGuid():N}@example.org", AccountRoles.Trainee),
        };

        using var response = await visitor.SubmitAsync(TokenPage, NoFields(), $"/en/manage/applications/{application}?handler=Personal");
        var body = await response.Content.ReadAsStringAsync();

        // Another programme's manager finds no such application; the other roles may not use the page at all.
        var expected = who == "other-manager" ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("75 0001112", body, StringComparison.Ordinal);
        Assert.Empty(await AuditOfAsync($"trainee:{traineeId}"));
    }

    [Fact]
    public async Task TheInvitationLetterQuotesThePassportAndOnlyTheManagersDownloadIsAudited()
    {
        var (manager, managerId) = await workflow.ManagerOfAsync(WorkflowBase.FullSession);
        await GivePersonalFieldsAsync("olga.petrova@example.org", "72 4455667", "Novosibirsk");
        var application = await workflow.ApplicationOfAsync("olga.petrova@example.org");
        using (var admitted = await manager.SubmitAsync(TokenPage, new Dictionary<string, string> { ["decision"] = "Admit" }, $"/en/manage/applications/{application}?handler=Decide"))
            Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        // Olga's first visit links her account to her record: from then on the log names her account.
        using var olga = await Portal.SignedInAsync("olga.petrova@example.org", AccountRoles.Trainee);
        using (await olga.GetAsync("/en/my")) { }
        var olgaId = (await Portal.InScopeAsync(s => s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SilkRoad.Accounts.Users.AccountUser>>()
            .FindByEmailAsync("olga.petrova@example.org")))!.Id;

        using var managers = await manager.GetAsync($"/en/manage/applications/{application}/invitation");
        var afterManager = await AuditOfAsync(olgaId);
        using var own = await olga.GetAsync($"/en/my/applications/{application}/invitation");
        var afterOwn = await AuditOfAsync(olgaId);

        Assert.Equal(HttpStatusCode.OK, managers.StatusCode);
        Assert.Contains("72 4455667", WorkflowBase.PdfText(await managers.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var line = Assert.Single(afterManager);
        Assert.Equal((managerId, PersonalDataActions.InvitationLetterDownloaded, olgaId), (line.ActorId, line.Action, line.SubjectId));
        Assert.Equal(["passport"], line.Fields);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("72 4455667", WorkflowBase.PdfText(await own.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Single(afterOwn);
    }

    [Theory]
    [InlineData("en", "Passport or national ID number: use only letters, digits, spaces and hyphens, as printed in the document.", "Postal address: the text is too long.")]
    [InlineData("ar", "رقم جواز السفر أو بطاقة الهوية: استخدم الحروف والأرقام والمسافات والشرطات فقط، كما هي مكتوبة في الوثيقة.", "العنوان البريدي: النص طويل جدًا.")]
    public async Task TheApplicationFormNamesAPassportOrAddressProblemInTheApplicantsLanguage(string culture, string passportError, string addressError)
    {
        using var visitor = Portal.NewVisitor();
        var form = ApplicationForm($"form.{culture}.{Guid.NewGuid():N}@example.org");
        form["Form.PassportNumber"] = "AB<123456";
        form["Form.Address"] = new string('x', IdentityDocumentRules.MaxAddressLength + 1);

        using var response = await visitor.PostAsync($"/{culture}/training/calls/{WorkflowBase.OtherSession}", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(passportError, html, StringComparison.Ordinal);
        Assert.Contains(addressError, html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"error-PassportNumber\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-Address\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApplicantAndACoordinatorsNomineeGiveTheirPassportAndAddressStoredWithTheRecord()
    {
        var applicant = $"applicant.{Guid.NewGuid():N}@example.org";
        var nominee = $"nominee.{Guid.NewGuid():N}@example.org";
        using var visitor = Portal.NewVisitor();
        var form = ApplicationForm(applicant);
        form["Form.PassportNumber"] = " A-1234567 ";
        form["Form.Address"] = "12 Tahrir St.\nCairo";
        using var coordinator = await workflow.CoordinatorOfAsync(workflow.PartnerId);
        var nomination = ApplicationForm(nominee);
        nomination["Form.SessionNumber"] = $"{WorkflowBase.OtherSession}";
        nomination["Form.PassportNumber"] = "4509 778899";
        nomination["Form.Address"] = "Moscow";

        using var applied = await visitor.PostAsync($"/en/training/calls/{WorkflowBase.OtherSession}", form);
        using var nominated = await coordinator.SubmitAsync("/en/manage/nominations", nomination);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
        await using var context = workflow.Contexts().Create();
        var stored = await context.Trainees.AsNoTracking().Where(t => t.Email == applicant || t.Email == nominee)
            .OrderBy(t => t.Email).Select(t => new { t.PassportNumber, t.Address }).ToListAsync();
        Assert.Equal([("A-1234567", "12 Tahrir St.\nCairo"), ("4509 778899", "Moscow")], stored.Select(t => (t.PassportNumber, t.Address)));
    }

    private static Dictionary<string, string> ApplicationForm(string email) => new()
    {
        ["Form.NativeName"] = "أحمد علي",
        ["Form.LatinName"] = "Ahmed Ali " + email[..12],
        ["Form.BirthDate"] = "1990-01-02",
        ["Form.Country"] = "EG",
        ["Form.Institution"] = "Demo University",
        ["Form.Discipline"] = "Hydraulics",
        ["Form.Email"] = email,
    };
}
