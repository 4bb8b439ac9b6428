namespace SilkRoad.Training.Applications;

/// <summary>The outcome of a decision and, when one was made and the applicant has an address, whom to tell.</summary>
public sealed record DecisionResult(DecisionOutcome Outcome, ApplicantNotice? Notice);
