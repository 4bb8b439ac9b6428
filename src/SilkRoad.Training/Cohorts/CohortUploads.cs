using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Core.PersonalData;

namespace SilkRoad.Training.Cohorts;

/// <summary>
/// Keeps an uploaded cohort file between its preview and its confirmation, under <c>{DataPath}/cohort-uploads</c>,
/// keyed by a random token. The confirmation names only the token, so what is imported is the file that was previewed
/// and not rows a browser sends back; the token is bound to the user and the session, and expires after
/// <see cref="Lifetime"/>. Files left behind are deleted on the next save. A cohort file holds personal fields (dates of
/// birth, passport numbers, phones): it is kept encrypted, as those fields are in the store.
/// </summary>
public sealed class CohortUploads(IOptions<StorageOptions> options, IPersonalDataProtector protector, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly string _folder = Path.Combine(options.Value.DataPath, "cohort-uploads");

    public async Task<string> SaveAsync(CohortUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        Directory.CreateDirectory(_folder);
        DeleteExpired();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(ContentPath(token), protector.Protect(Convert.ToBase64String(upload.Content)), cancellationToken);
        var meta = new Meta(upload.UserId, upload.SessionId, upload.FileName, upload.UploadedAt);
        await File.WriteAllTextAsync(MetaPath(token), JsonSerializer.Serialize(meta), cancellationToken);
        return token;
    }

    /// <summary>The upload under <paramref name="token"/>, if it is <paramref name="userId"/>'s for <paramref name="sessionId"/> and not expired.</summary>
    public async Task<CohortUpload?> FindAsync(string? token, string userId, int sessionId, CancellationToken cancellationToken)
    {
        if (!IsToken(token) || !File.Exists(MetaPath(token!)) || !File.Exists(ContentPath(token!))) return null; // checked by IsToken
        var meta = JsonSerializer.Deserialize<Meta>(await File.ReadAllTextAsync(MetaPath(token!), cancellationToken));
        if (meta is null || meta.UserId != userId || meta.SessionId != sessionId) return null;
        if (time.GetUtcNow().UtcDateTime - meta.UploadedAt > Lifetime) return null;
        byte[] content;
        try
        {
            content = Convert.FromBase64String(protector.Unprotect(await File.ReadAllTextAsync(ContentPath(token!), cancellationToken)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null; // altered on disk, or written under keys since lost: as good as expired
        }
        return new CohortUpload(meta.UserId, meta.SessionId, meta.FileName, meta.UploadedAt, content);
    }

    public void Delete(string token)
    {
        if (!IsToken(token)) return;
        File.Delete(ContentPath(token));
        File.Delete(MetaPath(token));
    }

    // Only what SaveAsync makes: 48 lower-case hex digits, so a token can never name a path elsewhere.
    private static bool IsToken(string? token) => token is { Length: 48 } && token.All(char.IsAsciiHexDigitLower);

    private string ContentPath(string token) => Path.Combine(_folder, token + ".upload");

    private string MetaPath(string token) => Path.Combine(_folder, token + ".json");

    private void DeleteExpired()
    {
        var limit = time.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            if (File.GetLastWriteTimeUtc(file) >= limit) continue;
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Being read by a confirmation right now: the next save deletes it.
            }
        }
    }

    private sealed record Meta(string UserId, int SessionId, string FileName, DateTime UploadedAt);
}
