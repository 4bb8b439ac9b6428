using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Tests.Accounts;
using UglyToad.PdfPig;

namespace SilkRoad.Web.Tests.Admissions;

/// <summary>
/// The real host (<see cref="AccountsPortal"/>: empty store, mail to the outbox) with a small training base of its
/// own, written into its store before the tests: two programmes with one open session each and a third session, a
/// partner, and applicants who applied in Russian, Arabic, English and Chinese. Intent methods assign people as an
/// administrator would and look up what the tests need.
/// </summary>
public sealed class WorkflowBase : IAsyncLifetime
{
    public const int FullSession = 9001;     // programme wf-a, one place, taught in Chinese
    public const int OtherSession = 9002;    // programme wf-b
    public const int LetterSession = 9003;   // programme wf-c, taught in Arabic

    /// <summary>Any signed-in person's page with a form: where a test takes the antiforgery token a browser would have.</summary>
    public const string TokenPage = "/en/account/password";

    public AccountsPortal Portal { get; } = new();

    public int PartnerId { get; private set; }

    public int OtherPartnerId { get; private set; }

    public async Task InitializeAsync()
    {
        using (Portal.CreateClient()) { } // starts the host, which migrates the store
        await using var context = Contexts().Create();
        var topic = new Topic { Code = "wf-energy", Texts = [Title("en", "Energy"), Title("zh", "能源"), Title("ar", "الطاقة")] };
        context.Topics.Add(topic);
        await context.SaveChangesAsync();
        var programmes = new[]
        {
            Programme(topic, "wf-a", "New Energy Technologies", "新能源技术研修班", "تقنيات الطاقة الجديدة"),
            Programme(topic, "wf-b", "Water Resources Management", "水资源管理研修班", "إدارة الموارد المائية"),
            Programme(topic, "wf-c", "Smart Grids", "智能电网研修班", "الشبكات الذكية"),
        };
        context.Programmes.AddRange(programmes);
        var partner = new PartnerInstitution { Name = "Демо политехнический университет", LatinName = "Demo Polytechnic University (RU)", CountryCode = "RU" };
        var other = new PartnerInstitution { Name = "جامعة ديمو", LatinName = "Demo University (EG)", CountryCode = "EG" };
        context.Partners.AddRange(partner, other);
        await context.SaveChangesAsync();
        (PartnerId, OtherPartnerId) = (partner.Id, other.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sessions = new[]
        {
            Session(programmes[0], FullSession, "zh", 1, today),
            Session(programmes[1], OtherSession, "en", 5, today),
            Session(programmes[2], LetterSession, "ar", 10, today),
        };
        context.Sessions.AddRange(sessions);
        await context.SaveChangesAsync();
        var applicants = new (string Native, string Latin, string Country, string Email, string Language, Session Session)[]
        {
            ("Ольга Петрова", "Olga Petrova", "RU", "olga.petrova@example.org", "ru", sessions[0]),
            ("محمد منصور", "Mohamed Mansour", "EG", "mohamed.mansour@example.org", "ar", sessions[0]),
            ("Ana Pérez", "Ana Perez", "RU", "ana.perez@example.org", "en", sessions[0]),
            ("Иван Иванов", "Ivan Ivanov", "RU", "ivan.ivanov@example.org", "en", sessions[1]),
            ("Сергей Смирнов", "Sergei Smirnov", "RU", "sergei.smirnov@example.org", "zh", sessions[2]),
        };
        foreach (var (native, latin, country, email, language, session) in applicants)
        {
            var trainee = new Trainee
            {
                NativeName = native,
                LatinName = latin,
                CountryCode = country,
                Email = email,
                EmailKey = TraineeIdentity.EmailKey(email),
                Institution = "Demo Institute of Engineering",
                Discipline = "Power engineering",
                Languages = language + " en",
            };
            context.Trainees.Add(trainee);
            await context.SaveChangesAsync();
            context.Applications.Add(new TrainingApplication
            {
                SessionId = session.Id,
                TraineeId = trainee.Id,
                SubmittedAt = DateTime.UtcNow,
                Status = ApplicationStatus.Submitted,
                Language = language,
                Motivation = $"Motivation of {latin}: grid-scale storage.",
            });
        }
        await context.SaveChangesAsync();
    }

    public TrainingDbContextFactory Contexts() => Portal.Services.GetRequiredService<TrainingDbContextFactory>();

    /// <summary>The application of the person with this address.</summary>
    public async Task<int> ApplicationOfAsync(string email)
    {
        await using var context = Contexts().Create();
        return await context.Applications.Where(a => context.Trainees.Any(t => t.Id == a.TraineeId && t.Email == email)).Select(a => a.Id).SingleAsync();
    }

    public async Task<ApplicationStatus> StatusAsync(int applicationId)
    {
        await using var context = Contexts().Create();
        return await context.Applications.Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync();
    }

    /// <summary>A signed-in programme manager of the programme that runs <paramref name="sessionNumber"/>.</summary>
    public async Task<(Visitor Visitor, string UserId)> ManagerOfAsync(int sessionNumber, string role = "ProgrammeManager")
    {
        var email = $"manager.{Guid.NewGuid():N}@example.org";
        var user = await Portal.CreateUserAsync(email, role);
        await using (var context = Contexts().Create())
        {
            var programmeId = await context.Sessions.Where(s => s.Number == sessionNumber).Select(s => s.ProgrammeId).SingleAsync();
            context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = programmeId, UserId = user.Id });
            await context.SaveChangesAsync();
        }
        var visitor = Portal.NewVisitor();
        using var response = await visitor.SignInAsync(email, AccountsPortal.Password);
        return (visitor, user.Id);
    }

    /// <summary>A signed-in reviewer assigned to <paramref name="applicationId"/>.</summary>
    public async Task<Visitor> ReviewerOfAsync(int applicationId)
    {
        var email = $"reviewer.{Guid.NewGuid():N}@example.org";
        var user = await Portal.CreateUserAsync(email, AccountRoles.Reviewer);
        await using (var context = Contexts().Create())
        {
            context.ApplicationReviews.Add(new ApplicationReview { ApplicationId = applicationId, ReviewerId = user.Id, AssignedAt = DateTime.UtcNow });
            await context.SaveChangesAsync();
        }
        var visitor = Portal.NewVisitor();
        using var response = await visitor.SignInAsync(email, AccountsPortal.Password);
        return visitor;
    }

    /// <summary>A signed-in partner coordinator for <paramref name="partnerId"/>.</summary>
    public async Task<Visitor> CoordinatorOfAsync(int partnerId)
    {
        var email = $"coordinator.{Guid.NewGuid():N}@example.org";
        var user = await Portal.CreateUserAsync(email, AccountRoles.PartnerCoordinator);
        await using (var context = Contexts().Create())
        {
            context.PartnerCoordinators.Add(new PartnerCoordinator { PartnerId = partnerId, UserId = user.Id });
            await context.SaveChangesAsync();
        }
        var visitor = Portal.NewVisitor();
        using var response = await visitor.SignInAsync(email, AccountsPortal.Password);
        return visitor;
    }

    /// <summary>The words of a letter's first page, as a reader would copy them.</summary>
    public static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)).Normalize(NormalizationForm.FormKC);
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();

    private static LocalizedTitle Title(string language, string title) => new() { Language = language, Title = title };

    private static Programme Programme(Topic topic, string code, string en, string zh, string ar) =>
        new() { TopicId = topic.Id, Code = code, Texts = [Title("en", en), Title("zh", zh), Title("ar", ar)] };

    private static Session Session(Programme programme, int number, string language, int capacity, DateOnly today) => new()
    {
        ProgrammeId = programme.Id,
        Number = number,
        StartsOn = today.AddDays(60),
        EndsOn = today.AddDays(73),
        Mode = SessionMode.OnSite,
        Venue = "Xi'an, International Training Centre",
        InstructionLanguage = language,
        Capacity = capacity,
        ApplicationDeadline = today.AddDays(30),
        TargetCountries = [new SessionCountry { CountryCode = "RU" }, new SessionCountry { CountryCode = "EG" }],
    };
}
