using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>Who asks, in the access matrix: each role once in scope of the world's records and once out of it.</summary>
public enum MatrixRole
{
    Anonymous,
    Administrator,
    ManagerOfProgramme,
    ManagerOfAnotherProgramme,
    InstructorOfSession,
    InstructorOfAnotherSession,
    ReviewerAssigned,
    ReviewerNotAssigned,
    CoordinatorOfPartner,
    CoordinatorOfAnotherPartner,
    TraineeOwner,
    AnotherTrainee,
}

/// <summary>
/// The real host over a small training base built once for a test class: two programmes with one session each (both
/// still to start), each programme's manager and each session's instructor; an application to session A by the owning
/// trainee, nominated by partner P, admitted (so enrolled and with an invitation letter) and assigned to one reviewer;
/// another trainee's application to session B; a material and a quiz question in session A; a valid certificate from
/// an earlier session. Everyone has an account and is signed in once, as <see cref="MatrixRole"/> names them.
/// </summary>
public sealed class ScopedWorld : IAsyncLifetime
{
    public AccountsPortal Portal { get; } = new();

    public int SessionA { get; private set; }
    public int SessionB { get; private set; }
    public int EarlierSession { get; private set; }
    public int SessionANumber { get; } = 7101;
    public int ProgrammeA { get; private set; }
    public int ItemA { get; private set; }
    public int OwnerApplication { get; private set; }
    public int OtherApplication { get; private set; }
    public int MaterialA { get; private set; }
    public int QuestionA { get; private set; }
    public string CertificateCode { get; } = SilkRoad.Training.Certificates.CertificateCode.New();
    public string AssignedReviewerId { get; private set; } = "";

    private readonly Dictionary<MatrixRole, Visitor> _visitors = [];
    private readonly Dictionary<MatrixRole, string> _tokens = [];

    public async Task InitializeAsync()
    {
        var users = new Dictionary<MatrixRole, string>();
        foreach (var (role, accountRole) in AccountRoles)
            users[role] = (await Portal.CreateUserAsync($"{role}@example.org".ToLowerInvariant(), accountRole)).Id;
        AssignedReviewerId = users[MatrixRole.ReviewerAssigned];

        await using var context = Portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var topic = new Topic { Code = "mx", Texts = [new LocalizedTitle { Language = "en", Title = "Energy" }] };
        context.Topics.Add(topic);
        await context.SaveChangesAsync();
        var programmeA = Programme(topic, "mx-a", "New Energy Technologies");
        var programmeB = Programme(topic, "mx-b", "Water Resources Management");
        context.Programmes.AddRange(programmeA, programmeB);
        var partner = new PartnerInstitution { Name = "Partner P", LatinName = "Partner P", CountryCode = "TH" };
        var otherPartner = new PartnerInstitution { Name = "Partner Q", LatinName = "Partner Q", CountryCode = "PK" };
        context.Partners.AddRange(partner, otherPartner);
        await context.SaveChangesAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sessionA = Session(programmeA, SessionANumber, today.AddDays(60));
        var sessionB = Session(programmeB, SessionANumber + 1, today.AddDays(60));
        var earlier = Session(programmeB, SessionANumber + 2, today.AddDays(-400));
        context.Sessions.AddRange(sessionA, sessionB, earlier);
        await context.SaveChangesAsync();
        (SessionA, SessionB, EarlierSession, ProgrammeA, ItemA) = (sessionA.Id, sessionB.Id, earlier.Id, programmeA.Id, sessionA.Schedule.Single().Id);

        context.ProgrammeManagers.AddRange(
            new ProgrammeManager { ProgrammeId = programmeA.Id, UserId = users[MatrixRole.ManagerOfProgramme] },
            new ProgrammeManager { ProgrammeId = programmeB.Id, UserId = users[MatrixRole.ManagerOfAnotherProgramme] });
        context.SessionInstructors.AddRange(
            new SessionInstructor { SessionId = sessionA.Id, UserId = users[MatrixRole.InstructorOfSession] },
            new SessionInstructor { SessionId = sessionB.Id, UserId = users[MatrixRole.InstructorOfAnotherSession] });
        context.PartnerCoordinators.AddRange(
            new PartnerCoordinator { PartnerId = partner.Id, UserId = users[MatrixRole.CoordinatorOfPartner] },
            new PartnerCoordinator { PartnerId = otherPartner.Id, UserId = users[MatrixRole.CoordinatorOfAnotherPartner] });
        var owner = Trainee("Somchai Prasert", "TH", users[MatrixRole.TraineeOwner]);
        var other = Trainee("Ayesha Khan", "PK", users[MatrixRole.AnotherTrainee]);
        context.Trainees.AddRange(owner, other);
        await context.SaveChangesAsync();

        var ownApplication = new TrainingApplication
        {
            SessionId = sessionA.Id,
            TraineeId = owner.Id,
            SubmittedAt = DateTime.UtcNow,
            Status = ApplicationStatus.Admitted,
            NominatedByPartnerId = partner.Id,
            Language = "en",
            Motivation = "Solar.",
        };
        var otherApplication = new TrainingApplication
        {
            SessionId = sessionB.Id,
            TraineeId = other.Id,
            SubmittedAt = DateTime.UtcNow,
            Status = ApplicationStatus.Admitted,
            Language = "en",
        };
        context.Applications.AddRange(ownApplication, otherApplication);
        context.Enrolments.AddRange(
            new Enrolment { SessionId = sessionA.Id, TraineeId = owner.Id, EnrolledAt = DateTime.UtcNow, Status = EnrolmentStatus.Enrolled },
            new Enrolment { SessionId = sessionB.Id, TraineeId = other.Id, EnrolledAt = DateTime.UtcNow, Status = EnrolmentStatus.Enrolled });
        var completed = new Enrolment { SessionId = earlier.Id, TraineeId = owner.Id, EnrolledAt = DateTime.UtcNow.AddDays(-500), Status = EnrolmentStatus.Completed };
        context.Enrolments.Add(completed);
        var material = new CourseMaterial { SessionId = sessionA.Id, VideoUrl = "https://video.example.org/solar", Title = "Solar" };
        var question = new QuizQuestion { SessionId = sessionA.Id, Text = "Which?", Options = "one\ntwo", CorrectOption = 0 };
        context.CourseMaterials.Add(material);
        context.QuizQuestions.Add(question);
        await context.SaveChangesAsync();
        context.ApplicationReviews.Add(new ApplicationReview { ApplicationId = ownApplication.Id, ReviewerId = AssignedReviewerId, AssignedAt = DateTime.UtcNow });
        context.Certificates.Add(new Certificate
        {
            Code = CertificateCode,
            EnrolmentId = completed.Id,
            IssuedAt = DateTime.UtcNow.AddDays(-380),
            IssuedBy = users[MatrixRole.Administrator],
            Status = CertificateStatus.Valid,
        });
        await context.SaveChangesAsync();
        (OwnerApplication, OtherApplication, MaterialA, QuestionA) = (ownApplication.Id, otherApplication.Id, material.Id, question.Id);

        _visitors[MatrixRole.Anonymous] = Portal.NewVisitor();
        foreach (var role in AccountRoles.Keys)
        {
            var visitor = await SessionsPortal.SignInAsync(Portal, $"{role}@example.org".ToLowerInvariant());
            _visitors[role] = visitor;
            // Antiforgery tokens belong to the signed-in user, not to a page: the account page's sign-out form gives one.
            _tokens[role] = SessionsPortal.Token(await visitor.GetHtmlAsync("/en/account"));
        }
    }

    public Visitor As(MatrixRole role) => _visitors[role];

    /// <summary>A valid antiforgery token of the role's own (none for an anonymous visitor, whom authorization stops first).</summary>
    public string TokenOf(MatrixRole role) => _tokens.GetValueOrDefault(role, "");

    public async Task DisposeAsync()
    {
        foreach (var visitor in _visitors.Values) visitor.Dispose();
        await Portal.DisposeAsync();
    }

    private static readonly Dictionary<MatrixRole, string> AccountRoles = new()
    {
        [MatrixRole.Administrator] = "Administrator",
        [MatrixRole.ManagerOfProgramme] = "ProgrammeManager",
        [MatrixRole.ManagerOfAnotherProgramme] = "ProgrammeManager",
        [MatrixRole.InstructorOfSession] = "Instructor",
        [MatrixRole.InstructorOfAnotherSession] = "Instructor",
        [MatrixRole.ReviewerAssigned] = "Reviewer",
        [MatrixRole.ReviewerNotAssigned] = "Reviewer",
        [MatrixRole.CoordinatorOfPartner] = "PartnerCoordinator",
        [MatrixRole.CoordinatorOfAnotherPartner] = "PartnerCoordinator",
        [MatrixRole.TraineeOwner] = "Trainee",
        [MatrixRole.AnotherTrainee] = "Trainee",
    };

    private static Programme Programme(Topic topic, string code, string title) =>
        new() { TopicId = topic.Id, Code = code, Texts = [new LocalizedTitle { Language = "en", Title = title }] };

    private static Session Session(Programme programme, int number, DateOnly start) => new()
    {
        ProgrammeId = programme.Id,
        Number = number,
        StartsOn = start,
        EndsOn = start.AddDays(10),
        Mode = SessionMode.OnSite,
        Venue = "Xi'an",
        InstructionLanguage = "en",
        Capacity = 5,
        Schedule = [new ScheduleItem { Day = start, Kind = ScheduleItemKind.SiteVisit, Title = "Solar plant", Place = "Golmud" }],
    };

    private static Trainee Trainee(string name, string country, string userId) => new()
    {
        NativeName = name,
        LatinName = name,
        CountryCode = country,
        UserId = userId,
        Email = name.Replace(' ', '.').ToLowerInvariant() + "@example.org",
        EmailKey = TraineeIdentity.EmailKey(name.Replace(' ', '.').ToLowerInvariant() + "@example.org"),
    };
}
