namespace SilkRoad.Training.Trainees;

/// <summary>Everything the training base holds about one person, as their download shows it.</summary>
public sealed record TraineeExport(
    string NativeName,
    string LatinName,
    DateOnly? BirthDate,
    string Country,
    string Gender,
    string? Institution,
    string? Discipline,
    string Languages,
    string? Email,
    string? Phone,
    string? PassportNumber,
    string? Address,
    bool AlumniDirectory,
    IReadOnlyList<TraineeExport.Application> Applications,
    IReadOnlyList<TraineeExport.Enrolment> Enrolments,
    IReadOnlyList<TraineeExport.Certificate> Certificates)
{
    public sealed record Application(int Session, DateTime SubmittedAt, string Status, string? Motivation, DateTime? WithdrawnAt, string? WithdrawalReason);

    public sealed record Enrolment(int Session, DateTime EnrolledAt, string Status, int DaysPresent, int DaysRecorded, DateTime? WithdrawnAt, string? WithdrawalReason);

    public sealed record Certificate(string Code, DateTime IssuedAt, string Status, string? RevocationReason);
}
