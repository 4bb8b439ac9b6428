using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Accounts.Storage;

namespace SilkRoad.Accounts.ApiKeys;

/// <summary>Makes, finds, checks and revokes API keys. Keys look like <c>sr_3f9a0c1d2b4e_&lt;43 characters&gt;</c>.</summary>
public sealed class ApiKeyStore(AccountsDbContextFactory contexts, TimeProvider clock)
{
    public const string Prefix = "sr_";

    /// <summary>Last-used times are written at most this often per key, not on every request.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<CreatedApiKey> CreateAsync(string name, IEnumerable<string> scopes, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var granted = scopes.Distinct(StringComparer.Ordinal).ToList();
        if (granted.Count == 0 || granted.Any(s => !ApiKeyScopes.All.Contains(s)))
            throw new ArgumentException($"scopes must be some of: {string.Join(", ", ApiKeyScopes.All)}", nameof(scopes));

        var lookupId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            LookupId = lookupId,
            SecretHash = Hash(secret),
            Name = name.Trim(),
            Scopes = string.Join(' ', granted),
            CreatedBy = createdBy,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var context = contexts.Create();
        context.ApiKeys.Add(key);
        await context.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key, $"{Prefix}{lookupId}_{secret}");
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        return await context.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Name).ToListAsync(cancellationToken);
    }

    /// <returns>False when there is no such key (revoking twice is fine).</returns>
    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var key = await context.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null) return false;
        key.RevokedAt ??= clock.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The live key whose full text this is, with its last use recorded; null for anything else.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (!TryParse(presented, out var lookupId, out var secret)) return null;
        await using var context = contexts.Create();
        var key = await context.ApiKeys.SingleOrDefaultAsync(k => k.LookupId == lookupId, cancellationToken);
        if (key is null || key.RevokedAt is not null || !CryptographicOperations.FixedTimeEquals(key.SecretHash, Hash(secret))) return null;
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUsedResolution)
        {
            key.LastUsedAt = now;
            await context.SaveChangesAsync(cancellationToken);
        }
        return key;
    }

    private static bool TryParse(string presented, out string lookupId, out string secret)
    {
        lookupId = secret = "";
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 100) return false;
        var rest = presented.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != 12) return false;
        lookupId = rest[..separator].ToString();
        secret = rest[(separator + 1)..].ToString();
        return secret.Length > 0;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
