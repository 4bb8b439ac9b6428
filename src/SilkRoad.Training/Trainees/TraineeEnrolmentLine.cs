using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;

namespace SilkRoad.Training.Trainees;

/// <summary>One of a trainee's enrolments and the certificate it earned, if any.</summary>
public sealed record TraineeEnrolmentLine(int SessionId, int SessionNumber, string ProgrammeTitle, DateOnly StartsOn, DateOnly EndsOn, EnrolmentStatus Status,
    string? CertificateCode, CertificateStatus? CertificateStatus);
