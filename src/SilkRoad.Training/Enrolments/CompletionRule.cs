using SilkRoad.Training.Learning;

namespace SilkRoad.Training.Enrolments;

/// <summary>
/// What an enrolment needs to complete its session: at least <see cref="MinAttendancePercent"/> of the schedule
/// attended and <see cref="MinQuizPercent"/> of the quiz answered right. A minimum left out, or a share with nothing
/// to count it from (no schedule, no quiz), does not hold anyone back.
/// </summary>
public sealed record CompletionRule(int? MinAttendancePercent, int? MinQuizPercent)
{
    public bool IsValid => MinAttendancePercent is null or (>= 0 and <= 100) && MinQuizPercent is null or (>= 0 and <= 100);

    public bool IsMetBy(TraineeProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return Meets(progress.AttendancePercent, MinAttendancePercent) && Meets(progress.QuizPercent, MinQuizPercent);
    }

    private static bool Meets(double? share, int? minimum) => minimum is not { } min || share is not { } value || value >= min - 1e-9;
}
