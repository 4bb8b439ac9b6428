namespace SilkRoad.Training.Programmes;

/// <summary>An instructor's assignment to a session: they mark its attendance and see its trainees' progress.</summary>
public sealed class SessionInstructor
{
    public int SessionId { get; set; }

    /// <summary>The account's id in the accounts module.</summary>
    public required string UserId { get; set; }
}
