namespace SilkRoad.Training.Applications;

/// <summary>One application with what a manager needs to decide on it: the summary, the motivation, the languages.</summary>
public sealed record ApplicationDetail(ApplicationSummary Summary, string ProgrammeTitle, string? Motivation, string Languages, string? Language);
