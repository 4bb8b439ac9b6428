namespace SilkRoad.Training.Applications;

/// <summary>A person's application to a session, made by themselves or through a partner's nomination. One per person and session.</summary>
public sealed class TrainingApplication
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int TraineeId { get; set; }
    public DateTime SubmittedAt { get; set; }
    public ApplicationStatus Status { get; set; }

    /// <summary>The partner that nominated the applicant; null for an application made by the person.</summary>
    public int? NominatedByPartnerId { get; set; }

    /// <summary>The reviewers' score, 0–100; null until reviewed.</summary>
    public int? Score { get; set; }

    public string? Motivation { get; set; }

    /// <summary>
    /// ISO 639-1 code of the portal language the person applied in: the decision is written to them in it. Null for
    /// applications recorded before it was kept; they are written to in English.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>When the applicant withdrew (see <see cref="Enrolments.Withdrawals"/>); null while they have not.</summary>
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The reason the applicant gave for withdrawing, if any; the managers read it on the application's page.</summary>
    public string? WithdrawalReason { get; set; }
}
