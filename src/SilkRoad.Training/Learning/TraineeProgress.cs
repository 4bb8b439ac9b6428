using SilkRoad.Training.Enrolments;

namespace SilkRoad.Training.Learning;

/// <summary>
/// How far one enrolled trainee has come: schedule items attended (ticked on site, or a material of the item viewed
/// online), materials seen, quiz questions answered right. A share is null when there is nothing to count it from.
/// </summary>
public sealed record TraineeProgress(
    int EnrolmentId,
    int TraineeId,
    string LatinName,
    string NativeName,
    string CountryCode,
    EnrolmentStatus Status,
    int Attended,
    int ScheduleItems,
    int MaterialsSeen,
    int Materials,
    int QuizCorrect,
    int QuizAnswered,
    int QuizQuestions,
    string? CertificateCode,
    bool CertificateRevoked)
{
    public double? AttendancePercent => ScheduleItems == 0 ? null : 100.0 * Attended / ScheduleItems;

    public double? QuizPercent => QuizQuestions == 0 ? null : 100.0 * QuizCorrect / QuizQuestions;
}
