namespace SilkRoad.Accounts.PersonalData;

/// <summary>An audit log entry as administrators read it: who (their address now), did what, to whose data, when.</summary>
public sealed record AuditLogLine(DateTimeOffset At, string ActorId, string? Actor, string Action, string SubjectId, string? Subject, IReadOnlyList<string> Fields);
