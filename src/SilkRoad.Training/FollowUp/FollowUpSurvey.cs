namespace SilkRoad.Training.FollowUp;

/// <summary>
/// A follow-up survey opened for a session that has ended: its completers are asked what became of their training.
/// At most one per session; it stays open (alumni answer when they come by).
/// </summary>
public sealed class FollowUpSurvey
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public DateTime OpenedAt { get; set; }

    /// <summary>The account's id in the accounts module.</summary>
    public required string OpenedBy { get; set; }
}
