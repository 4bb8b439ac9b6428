using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// The store's resources in the order they changed (UpdatedAt, then id), for what is derived from them: the search
/// index follows this feed. Writers take turns and stamp each batch inside their turn (ResourceBatchWriter), so a
/// reader that has seen everything up to a time will find every later change at or after it.
/// </summary>
public sealed class ResourceChangeFeed(SilkRoadDbContextFactory contexts)
{
    /// <summary>Resources changed after the position (<paramref name="since"/>, <paramref name="sinceId"/>) in
    /// change order, oldest change first, in batches.</summary>
    public async IAsyncEnumerable<IReadOnlyList<ChangedResource>> ChangedSinceAsync(DateTime since, long sinceId,
        int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var lastTime = since;
        var lastId = sinceId;
        while (true)
        {
            var rows = await After(context, lastTime, lastId)
                .Take(batchSize)
                .Select(r => new Row(r.Id, r.Document, r.DeletedAt != null, r.UpdatedAt))
                .ToListAsync(cancellationToken);
            if (rows.Count == 0) yield break;
            yield return await WithSourcesAsync(context, rows, cancellationToken);
            (lastTime, lastId) = (rows[^1].UpdatedAt, rows[^1].Id);
            if (rows.Count < batchSize) yield break;
        }
    }

    // Bug: written as "UpdatedAt > time OR (UpdatedAt = time AND Id > id)" alone, the condition is no range of the
    // (UpdatedAt, Id) index to PostgreSQL, which fetched every later change and sorted them all for each batch of a
    // thousand: quadratic while the index lags far behind a bulk import. The first condition is the range.
    internal static IQueryable<StoredResource> After(SilkRoadDbContext context, DateTime time, long id) =>
        context.Resources.AsNoTracking()
            .Where(r => r.UpdatedAt >= time && (r.UpdatedAt > time || r.Id > id))
            .OrderBy(r => r.UpdatedAt).ThenBy(r => r.Id);

    /// <summary>Every resource, by id, in batches: a rebuild of what is derived.</summary>
    public async IAsyncEnumerable<IReadOnlyList<ChangedResource>> AllAsync(int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var lastId = long.MinValue;
        while (true)
        {
            var id = lastId;
            var rows = await context.Resources.AsNoTracking()
                .Where(r => r.Id > id)
                .OrderBy(r => r.Id)
                .Take(batchSize)
                .Select(r => new Row(r.Id, r.Document, r.DeletedAt != null, r.UpdatedAt))
                .ToListAsync(cancellationToken);
            if (rows.Count == 0) yield break;
            yield return await WithSourcesAsync(context, rows, cancellationToken);
            lastId = rows[^1].Id;
            if (rows.Count < batchSize) yield break;
        }
    }

    /// <summary>The position of the latest change in the store; <see cref="DateTime.MinValue"/> when it is empty.</summary>
    public async Task<(DateTime ChangedAt, long Id)> LatestChangeAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var latest = await context.Resources.AsNoTracking()
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.UpdatedAt, r.Id })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null ? (DateTime.MinValue, long.MinValue) : (latest.UpdatedAt, latest.Id);
    }

    private static async Task<List<ChangedResource>> WithSourcesAsync(SilkRoadDbContext context, List<Row> rows,
        CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var sources = (await context.ResourceSources.AsNoTracking()
                .Where(s => ids.Contains(s.ResourceId))
                .Select(s => new { s.ResourceId, s.Source, s.RecordId })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ResourceId, s => (s.Source, s.RecordId));
        return rows.Select(r => new ChangedResource(r.Id, r.Document, r.Withdrawn, r.UpdatedAt, [.. sources[r.Id]])).ToList();
    }

    private sealed record Row(long Id, string Document, bool Withdrawn, DateTime UpdatedAt);
}

/// <summary>A resource as the change feed gives it: its document (JSON), whether it is withdrawn, when it last
/// changed, and its source records (source name, record id there).</summary>
public sealed record ChangedResource(long Id, string Document, bool Withdrawn, DateTime UpdatedAt,
    IReadOnlyList<(string Source, string RecordId)> Sources);
