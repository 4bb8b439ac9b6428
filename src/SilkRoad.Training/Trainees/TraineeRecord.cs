namespace SilkRoad.Training.Trainees;

/// <summary>
/// A trainee's own record: their applications, their enrolments with the certificates earned, and whether they
/// agreed to be listed in the alumni directory.
/// </summary>
public sealed record TraineeRecord(
    string NativeName,
    string LatinName,
    IReadOnlyList<TraineeApplicationLine> Applications,
    IReadOnlyList<TraineeEnrolmentLine> Enrolments,
    bool AlumniListed);
