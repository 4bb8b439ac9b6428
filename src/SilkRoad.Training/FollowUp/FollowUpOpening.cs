namespace SilkRoad.Training.FollowUp;

/// <summary>What opening follow-up surveys did: the outcome for the session asked about, and how many sessions were opened in all.</summary>
public sealed record FollowUpOpening(FollowUpOpenOutcome Outcome, int Opened);
