using SilkRoad.Training.Applications;

namespace SilkRoad.Training.Trainees;

/// <summary>One of a trainee's applications, as their record shows it.</summary>
public sealed record TraineeApplicationLine(int Id, int SessionId, int SessionNumber, string ProgrammeTitle, DateOnly StartsOn, DateOnly EndsOn,
    DateTime SubmittedAt, ApplicationStatus Status);
