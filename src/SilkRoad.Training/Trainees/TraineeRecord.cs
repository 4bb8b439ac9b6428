namespace SilkRoad.Training.Trainees;

/// <summary>A trainee's own record: their applications, and their enrolments with the certificates earned.</summary>
public sealed record TraineeRecord(
    string NativeName,
    string LatinName,
    IReadOnlyList<TraineeApplicationLine> Applications,
    IReadOnlyList<TraineeEnrolmentLine> Enrolments);
