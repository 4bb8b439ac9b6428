namespace SilkRoad.Training.FollowUp;

/// <summary>
/// A session's follow-up survey as staff read it: when it was opened (null: not yet), how many completed the session
/// and how many of them answered, the yes count per question, and the comments — never who said what.
/// </summary>
public sealed record FollowUpSummary(DateTime? OpenedAt, int Completers, int Responses, IReadOnlyDictionary<FollowUpQuestion, int> Yes, IReadOnlyList<string> Comments)
{
    /// <summary>The share of those who answered who said yes, in percent; null before anyone has.</summary>
    public double? YesPercent(FollowUpQuestion question) => Responses == 0 ? null : Yes[question] * 100.0 / Responses;
}
