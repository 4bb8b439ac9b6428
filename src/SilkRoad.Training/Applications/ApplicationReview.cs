namespace SilkRoad.Training.Applications;

/// <summary>
/// A reviewer's assignment to one application, and their score once given. A reviewer sees only the applications
/// assigned to them; the application's own <see cref="TrainingApplication.Score"/> is the managers' summary of these.
/// </summary>
public sealed class ApplicationReview
{
    public int ApplicationId { get; set; }

    /// <summary>The reviewer's account id in the accounts module.</summary>
    public required string ReviewerId { get; set; }

    public DateTime AssignedAt { get; set; }

    /// <summary>0–100, or null until the reviewer has scored.</summary>
    public int? Score { get; set; }

    public string? Comment { get; set; }

    public DateTime? ReviewedAt { get; set; }
}
