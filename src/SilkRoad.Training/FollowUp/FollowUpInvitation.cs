namespace SilkRoad.Training.FollowUp;

/// <summary>A follow-up survey an alumnus is asked to answer: the session they completed, and whether they have answered.</summary>
public sealed record FollowUpInvitation(int SessionId, int SessionNumber, string ProgrammeTitle, DateOnly EndsOn, bool Answered);
