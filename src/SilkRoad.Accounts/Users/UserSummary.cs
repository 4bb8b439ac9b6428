namespace SilkRoad.Accounts.Users;

/// <summary>An account as the administrators' list shows it.</summary>
public sealed record UserSummary(AccountUser User, IReadOnlyList<string> Roles);
