using SilkRoad.Training.Feedback;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Sessions;

/// <summary>
/// Everything the staff page of a session shows: its dates, mode and schedule, every enrolled trainee's progress, the
/// online course, the survey's summary and the alumni follow-up's. <see cref="CanManage"/> is true for the programme's managers; the session's
/// instructors read the rest and mark attendance.
/// </summary>
public sealed record SessionOverview(
    int Id,
    int Number,
    string ProgrammeTitle,
    DateOnly StartsOn,
    DateOnly EndsOn,
    SessionMode Mode,
    string? Venue,
    string? Platform,
    string InstructionLanguage,
    int Capacity,
    int? CompletionMinAttendancePercent,
    int? CompletionMinQuizPercent,
    bool CanManage,
    IReadOnlyList<ScheduleEntry> Schedule,
    IReadOnlyList<TraineeProgress> Trainees,
    IReadOnlyList<MaterialEntry> Materials,
    IReadOnlyList<QuizQuestion> Questions,
    SurveySummary Survey,
    FollowUpSummary FollowUp)
{
    /// <summary>A follow-up asks alumni what became of their training: only once the session has ended.</summary>
    public bool HasEnded(DateOnly today) => EndsOn < today;
}
