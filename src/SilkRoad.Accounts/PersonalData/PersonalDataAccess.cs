namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// One access to a person's personal fields, for <see cref="PersonalDataAuditLog.RecordAsync"/>.
/// <paramref name="ActorId"/> is the account (or <c>apikey:{id}</c>) that looked; <paramref name="SubjectId"/> the
/// account whose data it was; <paramref name="Action"/> one of <see cref="PersonalDataActions"/>;
/// <paramref name="Fields"/> the fields shown, e.g. ["passport", "dateOfBirth"].
/// </summary>
public sealed record PersonalDataAccess(string ActorId, string Action, string SubjectId, IReadOnlyList<string> Fields);
