namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// A row of the audit log. It names accounts by id only: the address shown beside it is looked up when the log is
/// read, so erasing an account also removes its address from the log, while the fact of the access stays.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorId { get; set; }

    public required string Action { get; set; }

    public required string SubjectId { get; set; }

    /// <summary>Comma-separated field names.</summary>
    public required string Fields { get; set; }
}
