namespace SilkRoad.Accounts.ApiKeys;

/// <summary>
/// A machine client's key as stored: never the secret itself, only its SHA-256. The secret is 32 random bytes, so a
/// fast hash is enough (nothing to guess from a dictionary); <see cref="LookupId"/> finds the row without a scan.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    /// <summary>The public part of the key (<c>sr_{LookupId}_{secret}</c>), also shown in lists to tell keys apart.</summary>
    public required string LookupId { get; set; }

    public required byte[] SecretHash { get; set; }

    /// <summary>What the key is for, e.g. "nightly OpenAlex import".</summary>
    public required string Name { get; set; }

    /// <summary>Space-separated scopes (<see cref="ApiKeyScopes"/>).</summary>
    public required string Scopes { get; set; }

    /// <summary>The administrator who made it.</summary>
    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
