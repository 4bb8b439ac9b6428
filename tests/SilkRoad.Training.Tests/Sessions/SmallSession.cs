using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Tests.Sessions;

/// <summary>
/// Builds one small session in an empty store: a topic, a programme managed by <see cref="ManagerId"/>, a session of
/// the given capacity and mode with a three-item schedule (two lectures and a site visit), taught by <see cref="InstructorId"/>.
/// </summary>
public sealed class SmallSession
{
    public const string ManagerId = "manager-small";
    public const string InstructorId = "instructor-small";

    public int SessionId { get; private set; }
    public int ProgrammeId { get; private set; }
    public IReadOnlyList<int> ScheduleItemIds { get; private set; } = [];

    public static async Task<SmallSession> CreateAsync(TrainingDbContextFactory contexts, int capacity = 5, SessionMode mode = SessionMode.OnSite, int number = 901)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var context = contexts.Create();
        var topic = new Topic { Code = "topic-" + number, Texts = [new LocalizedTitle { Language = "en", Title = "Water" }] };
        context.Topics.Add(topic);
        await context.SaveChangesAsync();
        var programme = new Programme { TopicId = topic.Id, Code = "programme-" + number, Texts = [new LocalizedTitle { Language = "en", Title = "Hydropower Engineering" }] };
        context.Programmes.Add(programme);
        await context.SaveChangesAsync();
        var start = new DateOnly(2026, 9, 1);
        var session = new Session
        {
            ProgrammeId = programme.Id,
            Number = number,
            StartsOn = start,
            EndsOn = start.AddDays(2),
            Mode = mode,
            Venue = "Xi'an",
            InstructionLanguage = "en",
            Capacity = capacity,
            Schedule =
            [
                new ScheduleItem { Day = start, Kind = ScheduleItemKind.SiteVisit, Title = "Three Gorges Dam", Place = "Yichang" },
                new ScheduleItem { Day = start.AddDays(1), Kind = ScheduleItemKind.SiteVisit, Title = "Pumped storage plant", Place = "Xi'an" },
                new ScheduleItem { Day = start.AddDays(2), Kind = ScheduleItemKind.SiteVisit, Title = "Grid control centre", Place = "Xi'an" },
            ],
        };
        context.Sessions.Add(session);
        await context.SaveChangesAsync();
        context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = programme.Id, UserId = ManagerId });
        context.SessionInstructors.Add(new SessionInstructor { SessionId = session.Id, UserId = InstructorId });
        await context.SaveChangesAsync();
        return new SmallSession
        {
            SessionId = session.Id,
            ProgrammeId = programme.Id,
            ScheduleItemIds = session.Schedule.OrderBy(i => i.Day).Select(i => i.Id).ToList(),
        };
    }

    /// <summary>Records a trainee and enrols them; returns the enrolment's id.</summary>
    public async Task<int> EnrolAsync(TrainingDbContextFactory contexts, string latinName, string? email = null, string country = "TH", DateOnly? born = null)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var context = contexts.Create();
        var trainee = new Trainee
        {
            NativeName = latinName,
            LatinName = latinName,
            CountryCode = country,
            Email = email,
            BirthDate = born,
            EmailKey = TraineeIdentity.EmailKey(email),
            PersonKey = TraineeIdentity.PersonKey(latinName, born, country),
        };
        context.Trainees.Add(trainee);
        await context.SaveChangesAsync();
        var enrolment = new Enrolment { SessionId = SessionId, TraineeId = trainee.Id, EnrolledAt = DateTime.UtcNow, Status = EnrolmentStatus.Enrolled };
        context.Enrolments.Add(enrolment);
        await context.SaveChangesAsync();
        return enrolment.Id;
    }
}
