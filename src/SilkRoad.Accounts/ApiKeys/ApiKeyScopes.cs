namespace SilkRoad.Accounts.ApiKeys;

/// <summary>What an API key may do. A key carries one or more; a policy asks for one (<see cref="Authorization.AccountPolicies"/>).</summary>
public static class ApiKeyScopes
{
    /// <summary>Imports and harvests into the catalogue.</summary>
    public const string CatalogueWrite = "catalogue:write";

    /// <summary>Administration scripts: the audit log, accounts.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [CatalogueWrite, Admin];
}
