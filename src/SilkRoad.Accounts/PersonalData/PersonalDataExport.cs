using System.Text.Json;

namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// Everything held about one account, from every <see cref="IPersonalDataSource"/>, with the audit log's record of
/// who has seen their data, as one JSON document. The export itself is logged.
/// </summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources, PersonalDataAuditLog audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <param name="userId">Whose data; the page passes the signed-in account's own id, never one from the request.</param>
    /// <param name="actorId">Who asks (the same account, or an administrator).</param>
    public async Task<byte[]> ExportAsync(string userId, string actorId, CancellationToken cancellationToken)
    {
        var document = new Dictionary<string, object?> { ["exportedAt"] = clock.GetUtcNow() };
        foreach (var source in sources) document[source.Name] = await source.ExportAsync(userId, cancellationToken);
        document["accessLog"] = await audit.ReadAsync(userId, 0, 10_000, cancellationToken);
        await audit.RecordAsync(new PersonalDataAccess(actorId, PersonalDataActions.Exported, userId, sources.Select(s => s.Name).ToList()), cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}
