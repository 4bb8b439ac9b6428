namespace SilkRoad.Training.Programmes;

/// <summary>A programme manager's assignment to a programme: they manage that programme's sessions and nothing else.</summary>
public sealed class ProgrammeManager
{
    public int ProgrammeId { get; set; }

    /// <summary>The account's id in the accounts module.</summary>
    public required string UserId { get; set; }
}
