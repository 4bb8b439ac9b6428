namespace SilkRoad.Training.Enrolments;

/// <summary>A trainee's place in a session, once admitted. One per person and session.</summary>
public sealed class Enrolment
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int TraineeId { get; set; }
    public DateTime EnrolledAt { get; set; }
    public EnrolmentStatus Status { get; set; }

    /// <summary>When the trainee gave up their place (see <see cref="Withdrawals"/>); null while they have not.</summary>
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The reason the trainee gave for withdrawing, if any.</summary>
    public string? WithdrawalReason { get; set; }
}
