namespace SilkRoad.Training.Applications;

/// <summary>A nomination of the coordinator's institution, as they see it: whom, to which session, where it stands.</summary>
public sealed record Nomination(int ApplicationId, int SessionNumber, string ProgrammeTitle, string NativeName, string LatinName,
    DateTime SubmittedAt, ApplicationStatus Status);
