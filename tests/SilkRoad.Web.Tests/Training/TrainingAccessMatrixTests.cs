using System.Net;
using static SilkRoad.Web.Tests.Training.MatrixRole;

namespace SilkRoad.Web.Tests.Training;

/// <summary>
/// Every page, download, post and API of the training base × every role, in scope and out of it, against the real
/// host (<see cref="ScopedWorld"/>). A role the policy refuses gets 403 (an anonymous visitor the sign-in form on a
/// page, 401 from the API); a role the policy lets in but whose record is not theirs gets 404, since existence itself
/// is private. Posts carry a valid antiforgery token of the role's own, so that a refusal is the authorization's and
/// not the token's; where a role is let in, the post is one that changes nothing (an invalid form, a decision already
/// taken), so the world stays as built for every row.
/// </summary>
public sealed class TrainingAccessMatrixTests(ScopedWorld world) : IClassFixture<ScopedWorld>
{
    private static readonly MatrixRole[] Everyone = Enum.GetValues<MatrixRole>().Where(r => r != Anonymous).ToArray();

    /// <summary>One endpoint: how to call it, and what each role gets.</summary>
    private sealed record Row(string Name, bool Post, Func<ScopedWorld, string> Path, Func<ScopedWorld, Dictionary<string, string>>? Fields,
        IReadOnlyDictionary<MatrixRole, HttpStatusCode> Expected);

    private static Row Get(string name, Func<ScopedWorld, string> path, Access access) => new(name, false, path, null, access.Table(path));

    private static Row Post(string name, Func<ScopedWorld, string> path, Func<ScopedWorld, Dictionary<string, string>> fields, Access access) =>
        new(name, true, path, fields, access.Table(path));

    /// <summary>Who gets <paramref name="Ok"/>, who gets 404 (let in by the policy, but not theirs); everyone else signed in 403.</summary>
    private sealed record Access(MatrixRole[] Allowed, MatrixRole[] Hidden, HttpStatusCode Ok = HttpStatusCode.OK, bool Public = false)
    {
        public Dictionary<MatrixRole, HttpStatusCode> Table(Func<ScopedWorld, string> path)
        {
            var api = path(null!).StartsWith("/api", StringComparison.Ordinal);
            var table = Everyone.ToDictionary(r => r, r => Allowed.Contains(r) ? Ok : Hidden.Contains(r) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden);
            table[Anonymous] = Public ? Ok : api ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect;
            return table;
        }
    }

    private static Access Only(params MatrixRole[] allowed) => new(allowed, []);

    private static Access ForEveryone => new([.. Everyone], [], Public: true);

    // The two managers, two instructors, two reviewers, two coordinators and two trainees: the policy lets both of a
    // pair in; the record decides between them.
    private static readonly MatrixRole[] Managers = [Administrator, ManagerOfProgramme, ManagerOfAnotherProgramme];
    private static readonly MatrixRole[] Staff = [.. Managers, InstructorOfSession, InstructorOfAnotherSession];

    private static readonly Row[] Rows =
    [
        // Desks and lists: the policy decides; what they list is scoped, and the pages' own tests check that.
        Get("manager's desk", _ => "/en/manage", Only(Managers)),
        Get("reports", _ => "/en/manage/reports", Only(Managers)),
        Get("report by country", _ => "/en/manage/reports/by-country", Only(Managers)),
        Get("reviews", _ => "/en/manage/reviews", Only(Administrator, ReviewerAssigned, ReviewerNotAssigned)),
        Get("nominations", _ => "/en/manage/nominations", Only(Administrator, CoordinatorOfPartner, CoordinatorOfAnotherPartner)),
        Get("teaching desk", _ => "/en/teach", Only(Staff)),
        Get("learning", _ => "/en/learn", Only(TraineeOwner, AnotherTrainee)),
        Get("my record", _ => "/en/my", Only(TraineeOwner, AnotherTrainee)),
        Get("alumni", _ => "/en/alumni", Only(Everyone)),
        Get("assignments", _ => "/en/admin/training", Only(Administrator)),

        // One session's or one application's pages: out of scope is not found.
        Get("session's applications", w => $"/en/manage/applications?session={w?.SessionANumber}",
            new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme])),
        Get("application", w => $"/en/manage/applications/{w?.OwnerApplication}", new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme])),
        Get("manager's invitation letter", w => $"/en/manage/applications/{w?.OwnerApplication}/invitation",
            new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme])),
        Get("session", w => $"/en/manage/sessions/{w?.SessionA}",
            new([Administrator, ManagerOfProgramme, InstructorOfSession], [ManagerOfAnotherProgramme, InstructorOfAnotherSession])),
        Get("attendance list", w => $"/en/manage/sessions/{w?.SessionA}/attendance/{w?.ItemA}",
            new([Administrator, ManagerOfProgramme, InstructorOfSession], [ManagerOfAnotherProgramme, InstructorOfAnotherSession])),
        Get("cohort import", w => $"/en/manage/sessions/{w?.SessionA}/import", new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme])),
        Get("cohort template", w => $"/en/manage/sessions/{w?.SessionA}/import?handler=Template",
            new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme])),
        Get("online course", w => $"/en/learn/{w?.SessionA}", new([TraineeOwner], [AnotherTrainee])),
        Get("course material", w => $"/en/learn/{w?.SessionA}?handler=Material&materialId={w?.MaterialA}",
            new([TraineeOwner], [AnotherTrainee], HttpStatusCode.Redirect)),
        Get("withdrawal confirmation", w => $"/en/my/sessions/{w?.SessionA}/withdraw", new([TraineeOwner], [AnotherTrainee])),
        Get("trainee's invitation letter", w => $"/en/my/applications/{w?.OwnerApplication}/invitation", new([TraineeOwner], [AnotherTrainee])),

        // Posts, each one that changes nothing for a role let in.
        Post("assign a reviewer", w => $"/en/manage/applications/{w?.OwnerApplication}?handler=Assign",
            w => new() { ["reviewerId"] = w.AssignedReviewerId }, new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme], HttpStatusCode.Redirect)),
        Post("unassign a reviewer", w => $"/en/manage/applications/{w?.OwnerApplication}?handler=Unassign",
            _ => new() { ["reviewerId"] = "nobody" }, new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme], HttpStatusCode.Redirect)),
        Post("decide (already decided)", w => $"/en/manage/applications/{w?.OwnerApplication}?handler=Decide",
            _ => new() { ["decision"] = "Admit" }, new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme], HttpStatusCode.Conflict)),
        // An instructor reads the session but does not manage it: 403 whatever the form holds.
        Post("completion rule (invalid)", w => $"/en/manage/sessions/{w?.SessionA}?handler=Complete",
            _ => new() { ["minAttendance"] = "101" },
            new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme, InstructorOfAnotherSession], HttpStatusCode.UnprocessableEntity)),
        Post("issue certificates (none due)", w => $"/en/manage/sessions/{w?.SessionA}?handler=Issue",
            _ => [], new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme, InstructorOfAnotherSession])),
        Post("revoke (unknown code)", w => $"/en/manage/sessions/{w?.SessionA}?handler=Revoke",
            _ => new() { ["code"] = "nothing", ["reason"] = "test" },
            new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme, InstructorOfAnotherSession], HttpStatusCode.UnprocessableEntity)),
        Post("add material (empty)", w => $"/en/manage/sessions/{w?.SessionA}?handler=Material", _ => [],
            new([Administrator, ManagerOfProgramme, InstructorOfSession], [ManagerOfAnotherProgramme, InstructorOfAnotherSession], HttpStatusCode.UnprocessableEntity)),
        Post("add question (empty)", w => $"/en/manage/sessions/{w?.SessionA}?handler=Question", _ => [],
            new([Administrator, ManagerOfProgramme, InstructorOfSession], [ManagerOfAnotherProgramme, InstructorOfAnotherSession], HttpStatusCode.UnprocessableEntity)),
        Post("attendance (nobody present)", w => $"/en/manage/sessions/{w?.SessionA}/attendance/{w?.ItemA}", _ => [],
            new([Administrator, ManagerOfProgramme, InstructorOfSession], [ManagerOfAnotherProgramme, InstructorOfAnotherSession])),
        Post("cohort upload (no file)", w => $"/en/manage/sessions/{w?.SessionA}/import?handler=Upload", _ => [],
            new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme], HttpStatusCode.UnprocessableEntity)),
        Post("cohort confirm (unknown upload)", w => $"/en/manage/sessions/{w?.SessionA}/import?handler=Confirm", _ => new() { ["token"] = "none" },
            new([Administrator, ManagerOfProgramme], [ManagerOfAnotherProgramme], HttpStatusCode.UnprocessableEntity)),
        // A review is the reviewer's own: an administrator who is not assigned has none to score either.
        Post("review score (empty)", _ => "/en/manage/reviews", w => new() { ["id"] = $"{w.OwnerApplication}", ["score"] = "" },
            new([ReviewerAssigned], [ReviewerNotAssigned, Administrator], HttpStatusCode.UnprocessableEntity)),
        // An administrator speaks for no institution, so has nobody to nominate for.
        Post("nomination (empty)", _ => "/en/manage/nominations", _ => [],
            new([CoordinatorOfPartner, CoordinatorOfAnotherPartner], [Administrator], HttpStatusCode.UnprocessableEntity)),
        Post("quiz answer (none chosen)", w => $"/en/learn/{w?.SessionA}?handler=Answer", w => new() { ["questionId"] = $"{w.QuestionA}" },
            new([TraineeOwner], [AnotherTrainee], HttpStatusCode.UnprocessableEntity)),
        Post("survey (empty)", w => $"/en/learn/{w?.SessionA}?handler=Survey", _ => [],
            new([TraineeOwner], [AnotherTrainee], HttpStatusCode.UnprocessableEntity)),
        // The owner's earlier session is completed: nothing left to give up (409), and still not another trainee's to see.
        Post("withdraw (nothing left)", w => $"/en/my/sessions/{w?.EarlierSession}/withdraw", _ => new() { ["Reason"] = "test" },
            new([TraineeOwner], [AnotherTrainee], HttpStatusCode.Conflict)),
        Post("assign people (nobody)", _ => "/en/admin/training?handler=Assign", w => new() { ["kind"] = "ProgrammeManager", ["targetId"] = $"{w.ProgrammeA}" },
            new([Administrator], [], HttpStatusCode.BadRequest)),

        // Aggregates and certificates are public by design: they hold no personal data beyond what a certificate shows.
        Get("report API", _ => "/api/training/reports/by-country", ForEveryone),
        Get("report CSV", _ => "/api/training/reports/by-country.csv", ForEveryone),
        Get("report Excel", _ => "/api/training/reports/by-country.xlsx", ForEveryone),
        Get("headline figures", _ => "/api/stats", ForEveryone),
        Get("certificate verification", w => $"/api/certificates/{w?.CertificateCode}", ForEveryone),
        Get("certificate PDF", w => $"/api/certificates/{w?.CertificateCode}/pdf", ForEveryone),
        Get("Open Badge", w => $"/api/certificates/{w?.CertificateCode}/badge", ForEveryone),
        Get("verification page", w => $"/en/verify/{w?.CertificateCode}", ForEveryone),
    ];

    public static TheoryData<string, MatrixRole> Cells()
    {
        var data = new TheoryData<string, MatrixRole>();
        foreach (var row in Rows)
            foreach (var role in Enum.GetValues<MatrixRole>())
                data.Add(row.Name, role);
        return data;
    }

    [Fact]
    public void EveryRowNamesEveryRoleAndHasItsOwnName()
    {
        Assert.Equal(Rows.Length, Rows.Select(r => r.Name).Distinct().Count());
        Assert.All(Rows, r => Assert.Equal(Enum.GetValues<MatrixRole>().Length, r.Expected.Count));
    }

    // The lists answer 200 to both of a pair: what each lists is the other half of the proof.
    [Theory]
    [InlineData(ManagerOfProgramme, "/en/manage", true)]
    [InlineData(ManagerOfAnotherProgramme, "/en/manage", false)]
    [InlineData(InstructorOfSession, "/en/teach", true)]
    [InlineData(InstructorOfAnotherSession, "/en/teach", false)]
    [InlineData(ReviewerAssigned, "/en/manage/reviews", true)]
    [InlineData(ReviewerNotAssigned, "/en/manage/reviews", false)]
    [InlineData(CoordinatorOfPartner, "/en/manage/nominations", true)]
    [InlineData(CoordinatorOfAnotherPartner, "/en/manage/nominations", false)]
    [InlineData(TraineeOwner, "/en/my", true)]
    [InlineData(AnotherTrainee, "/en/my", false)]
    [InlineData(TraineeOwner, "/en/learn", true)]
    [InlineData(AnotherTrainee, "/en/learn", false)]
    public async Task AListShowsSessionAOrItsApplicationOnlyToThoseInScope(MatrixRole role, string page, bool listed)
    {
        var html = System.Net.WebUtility.HtmlDecode(await world.As(role).GetHtmlAsync(page));

        var shown = html.Contains($"Session {world.SessionANumber}", StringComparison.Ordinal) || html.Contains("Somchai Prasert", StringComparison.Ordinal);

        Assert.True(listed == shown, $"{page} as {role}: {(listed ? "missing" : "shows")} session {world.SessionANumber} or its applicant");
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task RoleGetsWhatTheMatrixSays(string endpoint, MatrixRole role)
    {
        var row = Rows.Single(r => r.Name == endpoint);
        var visitor = world.As(role);
        var path = row.Path(world);
        using var response = row.Post
            ? await visitor.PostAsync(path, new Dictionary<string, string>(row.Fields!(world)) { ["__RequestVerificationToken"] = world.TokenOf(role) })
            : await visitor.GetAsync(path);

        Assert.True(row.Expected[role] == response.StatusCode, $"{row.Name} as {role}: expected {row.Expected[role]}, got {response.StatusCode} ({path})");
        if (role == Anonymous && response.StatusCode == HttpStatusCode.Redirect)
            Assert.StartsWith("/en/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
