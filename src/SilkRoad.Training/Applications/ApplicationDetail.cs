namespace SilkRoad.Training.Applications;

/// <summary>
/// One application with what a manager needs to decide on it: the summary, the motivation, the languages; and, once the
/// applicant has withdrawn, when and the reason they gave.
/// </summary>
public sealed record ApplicationDetail(ApplicationSummary Summary, string ProgrammeTitle, string? Motivation, string Languages, string? Language,
    DateTime? WithdrawnAt = null, string? WithdrawalReason = null);
