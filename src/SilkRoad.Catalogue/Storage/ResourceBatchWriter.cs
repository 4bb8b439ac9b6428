using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Deduplication;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// Places a batch of records in the store in one transaction: each record becomes a new resource, merges into the
/// resource it duplicates (same provenance, or a shared identifier or near-duplicate key, within the batch or
/// already stored), or changes nothing. The import checkpoint is written in the same transaction, so a batch is all
/// or nothing. Plain SQL that SQLite and PostgreSQL both accept (JSON row sources, ON CONFLICT) keeps the hot path
/// off the change tracker (see JsonRows): one writer per import, one import at a time.
/// </summary>
public sealed class ResourceBatchWriter : IAsyncDisposable
{
    private const int TitleColumnLength = 2000;

    // Any fixed number: the PostgreSQL advisory lock that makes catalogue writers take turns.
    private const long WriterLockKey = 0x53_69_6C_6B_52_6F_61_64;

    private readonly SilkRoadDbContext _context;
    private readonly JsonRows _rows = new();

    // The table a JSON rows parameter (see JsonRows) unpacks to, with each row in r.value: the one place the two
    // providers' SQL differs. Both read an element as r.value ->> N.
    private readonly string _rowSource;
    private readonly StorageProvider _provider;
    private long _nextId;
    private DateTime _lastChange;

    private ResourceBatchWriter(SilkRoadDbContext context, StorageProvider provider)
    {
        _context = context;
        _provider = provider;
        _rowSource = provider == StorageProvider.Sqlite
            ? "json_each(@rows) AS r"
            : "json_array_elements(CAST(@rows AS json)) AS r(value)";
    }

    public static async Task<ResourceBatchWriter> OpenAsync(SilkRoadDbContextFactory contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var context = contexts.Create();
        await context.Database.OpenConnectionAsync(cancellationToken);
        if (contexts.Provider == StorageProvider.Sqlite)
        {
            // Keys and provenance are looked up and inserted at random places in their indexes: a page cache that
            // holds them (256 MB, not the 2 MB default) keeps that in memory instead of re-reading pages.
            await context.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 16384;", cancellationToken);
        }
        return new ResourceBatchWriter(context, contexts.Provider);
    }

    /// <summary>Records an input that was already committed up to, for resuming; 0 when none.</summary>
    public async Task<(long Committed, long Rejected)> ReadCheckpointAsync(string inputKey, CancellationToken cancellationToken)
    {
        var checkpoint = await _context.ImportCheckpoints.AsNoTracking().FirstOrDefaultAsync(c => c.InputKey == inputKey, cancellationToken);
        return checkpoint is null ? (0, 0) : (checkpoint.RecordsCommitted, checkpoint.RecordsRejected);
    }

    public async Task ClearCheckpointAsync(string inputKey, CancellationToken cancellationToken) =>
        await _context.ImportCheckpoints.Where(c => c.InputKey == inputKey).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Writes one batch and, when <paramref name="inputKey"/> is given, the checkpoint after it.</summary>
    public async Task WriteAsync(IReadOnlyList<PreparedRecord> batch, string? inputKey, long recordsCommitted,
        ImportSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(summary);
        var connection = _context.Database.GetDbConnection();
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var now = BatchTimestamp(DateTime.UtcNow, _lastChange);
        var plan = new BatchPlan(now);

        await LookUpProvenanceAsync(connection, transaction, batch, plan, cancellationToken);
        await LookUpKeysAsync(connection, transaction, batch, plan, cancellationToken);
        await LoadResourcesAsync(connection, transaction, plan, cancellationToken);
        foreach (var prepared in batch) Place(prepared, plan, summary);

        await InsertResourcesAsync(connection, transaction, plan, cancellationToken);
        await UpdateResourcesAsync(connection, transaction, plan, cancellationToken);
        await InsertKeysAsync(connection, transaction, plan, cancellationToken);
        await UpsertSourcesAsync(connection, transaction, plan, cancellationToken);
        await ApplyDeletionsAsync(connection, transaction, plan, cancellationToken);
        if (inputKey is not null) await SaveCheckpointAsync(connection, transaction, inputKey, recordsCommitted, summary.Rejected, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The time a batch is stamped with: now, to the microsecond (PostgreSQL keeps no finer), but always after the
    /// latest stamp in the store. The search index follows the store in stamp order (ResourceChangeFeed), so a clock
    /// that steps back, or a second writer host whose clock is behind, must not stamp a batch before one already seen.
    /// </summary>
    internal static DateTime BatchTimestamp(DateTime utcNow, DateTime lastChange)
    {
        const long Microsecond = TimeSpan.TicksPerMillisecond / 1000;
        var now = new DateTime(utcNow.Ticks - utcNow.Ticks % Microsecond, DateTimeKind.Utc);
        var last = new DateTime(lastChange.Ticks - lastChange.Ticks % Microsecond, DateTimeKind.Utc);
        return now > last ? now : last.AddTicks(Microsecond);
    }

    // One writer at a time, per batch: imports running side by side (the CLI while the portal seeds its demo, two
    // web nodes on one PostgreSQL) take turns, and each batch numbers its new resources after the last one stored.
    private async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        DbTransaction transaction;
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            // BEGIN IMMEDIATE takes the write lock now (waiting up to busy_timeout), not at the first write, when a
            // second writer could no longer wait for it.
            transaction = sqlite.BeginTransaction(deferred: false);
        }
        else
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var lockCommand = Command(connection, transaction);
            lockCommand.CommandText = $"SELECT pg_advisory_xact_lock({WriterLockKey})";
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var latest = Command(connection, transaction);
        latest.CommandText = "SELECT MAX(\"Id\"), MAX(\"UpdatedAt\") FROM \"Resources\"";
        await using var reader = await latest.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        _nextId = (reader.IsDBNull(0) ? 0 : reader.GetInt64(0)) + 1;
        _lastChange = reader.IsDBNull(1) ? DateTime.MinValue : reader.GetDateTime(1);
        return transaction;
    }

    private void Place(PreparedRecord prepared, BatchPlan plan, ImportSummary summary)
    {
        var record = prepared.Record;
        var sourceKey = (record.Source, record.SourceRecordId);
        (long ResourceId, string Fingerprint)? known = plan.Sources.TryGetValue(sourceKey, out var source) ? source : null;

        if (record.Deleted)
        {
            if (known is null) { summary.Unchanged++; return; }
            plan.Sources.Remove(sourceKey);
            plan.RemovedSources.Add((sourceKey, known.Value.ResourceId));
            plan.SourceWrites.Remove(sourceKey);
            if (plan.Resources.TryGetValue(known.Value.ResourceId, out var withdrawn)
                && withdrawn.SourceDocuments.Remove(sourceKey) && withdrawn.SourceDocuments.Count > 0)
            {
                // What the withdrawn source brought goes with it: the others make the resource again.
                Rebuild(withdrawn);
            }
            summary.Deleted++;
            return;
        }

        if (known is { } same && same.Fingerprint == prepared.Fingerprint) { summary.Unchanged++; return; }

        // A source withdrawn earlier in this batch and now back: it returns to its resource, and is not withdrawn.
        var returning = known is null && plan.RemovedSources.Count > 0 ? plan.RemovedSources.FindIndex(r => r.Source == sourceKey) : -1;
        if (returning >= 0)
        {
            known = (plan.RemovedSources[returning].ResourceId, "");
            plan.RemovedSources.RemoveAt(returning);
        }

        long id;
        WorkingResource resource;
        var targetId = known?.ResourceId ?? FindByKey(prepared, plan);
        if (targetId is { } found && plan.Resources.TryGetValue(found, out var target))
        {
            var others = target.SourceDocuments.Count(s => s.Key != sourceKey);
            bool changed;
            if (target.DeletedAt is not null || (known is not null && others == 0))
            {
                // The record is all the resource is made of (its only source, changed; or a withdrawn resource that
                // comes back): the new version replaces the old, so a corrected title or year replaces the wrong one.
                target.Document = ResourceDocument.From(record);
                target.DeletedAt = null;
                target.SourceDocuments.Clear();
                changed = true;
            }
            else if (known is not null && target.SourceDocuments.Where(s => s.Key != sourceKey).All(s => s.Value.Document is not null))
            {
                // One of several sources changed: the resource is made again from all of them as they now are.
                target.SourceDocuments[sourceKey] = (prepared.Fingerprint, prepared.Document);
                changed = Rebuild(target);
            }
            else
            {
                // A new source: what the resource lacks is added, what it has stays (see ResourceDocument.Merge). While
                // the resource had one source its document was that source's: keep it, to rebuild from later.
                if (known is null && others == 1) KeepSoleSourceDocument(target, plan);
                changed = target.Document.Merge(record);
            }
            target.Dirty |= changed;
            id = found;
            resource = target;
            if (known is null) summary.Merged++;
            else if (changed) summary.Updated++;
            else summary.Unchanged++;
        }
        else
        {
            id = _nextId++;
            resource = new WorkingResource(id, prepared.Document ?? ResourceDocument.From(record), isNew: true)
            {
                Json = prepared.DocumentJson,
            };
            plan.Resources[id] = resource;
            summary.New++;
        }

        foreach (var key in prepared.Keys)
        {
            if (plan.KeyOwners.TryAdd(key, id)) plan.NewKeys.Add((key, id));
        }
        // A source's own document is kept only while the resource has other sources to be rebuilt with.
        var several = resource.SourceDocuments.Any(s => s.Key != sourceKey);
        var document = several ? prepared.Document : null;
        resource.SourceDocuments[sourceKey] = (prepared.Fingerprint, document);
        plan.Sources[sourceKey] = (id, prepared.Fingerprint);
        plan.SourceWrites[sourceKey] = (id, prepared.Fingerprint, document?.ToJson());
    }

    private static void KeepSoleSourceDocument(WorkingResource resource, BatchPlan plan)
    {
        var (key, (fingerprint, document)) = resource.SourceDocuments.Single();
        if (document is not null) return;
        var copy = resource.Document.Copy();
        resource.SourceDocuments[key] = (fingerprint, copy);
        plan.SourceWrites[key] = (resource.Id, fingerprint, copy.ToJson());
    }

    // Sources fold in a fixed order (by source and record id), so the same set of sources always makes the same
    // resource. A source stored before its document was kept (none is then known) leaves the resource as it is.
    private static bool Rebuild(WorkingResource resource)
    {
        if (resource.SourceDocuments.Values.Any(s => s.Document is null)) return false;
        var rebuilt = ResourceDocument.Combine(resource.SourceDocuments
            .OrderBy(s => s.Key.Source, StringComparer.Ordinal).ThenBy(s => s.Key.RecordId, StringComparer.Ordinal)
            .Select(s => s.Value.Document!)); // checked just above: every source's document is known
        var changed = rebuilt.ToJson() != resource.Document.ToJson();
        resource.Document = rebuilt;
        resource.Dirty |= changed;
        return changed;
    }

    // The first resource that shares a key and does not contradict the record: two works under one title, year and
    // author whose DOIs (or patent numbers) differ are two works, whatever the near-duplicate key says.
    private static long? FindByKey(PreparedRecord prepared, BatchPlan plan)
    {
        foreach (var key in prepared.Keys)
        {
            if (plan.KeyOwners.TryGetValue(key, out var owner)
                && plan.Resources.TryGetValue(owner, out var resource)
                && !Contradicts(prepared.Record, resource.Document)) return owner;
        }
        return null;
    }

    private static bool Contradicts(ResourceRecord record, ResourceDocument document)
    {
        foreach (var group in record.Identifiers.Where(i => i.IdentifiesUniquely).GroupBy(i => i.Kind))
        {
            var theirs = document.Identifiers.Where(i => i.Kind == group.Key).ToList();
            if (theirs.Count > 0 && !theirs.Intersect(group).Any()) return true;
        }
        return false;
    }

    private async Task LookUpProvenanceAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<PreparedRecord> batch, BatchPlan plan, CancellationToken cancellationToken)
    {
        var rows = _rows.Begin();
        foreach (var prepared in batch) rows.Row().Add(prepared.Record.Source).Add(prepared.Record.SourceRecordId);
        await using var command = Command(connection, transaction);
        command.CommandText = $"""
            SELECT s."Source", s."RecordId", s."ResourceId", s."Fingerprint" FROM "ResourceSources" s
            WHERE (s."Source", s."RecordId") IN (SELECT r.value ->> 0, r.value ->> 1 FROM {_rowSource})
            """;
        Add(command, "rows", rows.Complete());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var resourceId = reader.GetInt64(2);
            plan.Sources[(reader.GetString(0), reader.GetString(1))] = (resourceId, reader.GetString(3));
        }
        // A record read again unchanged needs neither its resource nor a look at its keys: on a re-import that is
        // every record, and loading each document only to leave it alone cost a fifth of the time.
        foreach (var prepared in batch)
        {
            var key = (prepared.Record.Source, prepared.Record.SourceRecordId);
            if (!plan.Sources.TryGetValue(key, out var known) || known.Fingerprint != prepared.Fingerprint)
            {
                plan.NeedsPlacing.Add(prepared);
                if (known.Fingerprint is not null) plan.ToLoad.Add(known.ResourceId);
            }
        }
    }

    private async Task LookUpKeysAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<PreparedRecord> batch, BatchPlan plan, CancellationToken cancellationToken)
    {
        var rows = _rows.Begin();
        foreach (var key in plan.NeedsPlacing.SelectMany(p => p.Keys).Distinct()) rows.Row().Add(key);
        if (rows.Count == 0) return;
        await using var command = Command(connection, transaction);
        command.CommandText = $"""
            SELECT k."Key", k."ResourceId" FROM "ResourceKeys" k
            WHERE k."Key" IN (SELECT r.value ->> 0 FROM {_rowSource})
            """;
        Add(command, "rows", rows.Complete());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var resourceId = reader.GetInt64(1);
            plan.KeyOwners[reader.GetString(0)] = resourceId;
            plan.ToLoad.Add(resourceId);
        }
    }

    private async Task LoadResourcesAsync(DbConnection connection, DbTransaction transaction, BatchPlan plan,
        CancellationToken cancellationToken)
    {
        if (plan.ToLoad.Count == 0) return;
        var rows = _rows.Begin();
        foreach (var id in plan.ToLoad) rows.Row().Add(id);
        await using var command = Command(connection, transaction);
        command.CommandText = $"""
            SELECT "Id", "Document", "DeletedAt" FROM "Resources"
            WHERE "Id" IN (SELECT CAST(r.value ->> 0 AS BIGINT) FROM {_rowSource})
            """;
        var ids = rows.Complete();
        Add(command, "rows", ids);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var resource = new WorkingResource(reader.GetInt64(0), ResourceDocument.FromJson(reader.GetString(1)), isNew: false)
                {
                    DeletedAt = reader.IsDBNull(2) ? null : reader.GetDateTime(2),
                };
                plan.Resources[resource.Id] = resource;
            }
        }

        await using var sources = Command(connection, transaction);
        sources.CommandText = $"""
            SELECT "Source", "RecordId", "ResourceId", "Fingerprint", "Document" FROM "ResourceSources"
            WHERE "ResourceId" IN (SELECT CAST(r.value ->> 0 AS BIGINT) FROM {_rowSource})
            """;
        Add(sources, "rows", ids);
        await using var sourceReader = await sources.ExecuteReaderAsync(cancellationToken);
        while (await sourceReader.ReadAsync(cancellationToken))
        {
            if (!plan.Resources.TryGetValue(sourceReader.GetInt64(2), out var owner)) continue;
            var document = sourceReader.IsDBNull(4) ? null : ResourceDocument.FromJson(sourceReader.GetString(4));
            owner.SourceDocuments[(sourceReader.GetString(0), sourceReader.GetString(1))] = (sourceReader.GetString(3), document);
        }
    }

    private async Task InsertResourcesAsync(DbConnection connection, DbTransaction transaction, BatchPlan plan,
        CancellationToken cancellationToken)
    {
        if (_provider == StorageProvider.Sqlite)
        {
            await InsertResourcesOneByOneAsync(connection, transaction, plan, cancellationToken);
            return;
        }
        var rows = _rows.Begin();
        foreach (var resource in plan.Resources.Values.Where(r => r.IsNew))
        {
            var document = resource.Document;
            rows.Row().Add(resource.Id).Add(document.Type.ToString()).Add(document.Year).Add(Truncate(document.DisplayTitle))
                .Add(string.Join(' ', document.Languages));
            // Serialised on the reader's thread, unless a later record of the batch merged into it.
            if (resource.Json is { } json && !resource.Dirty) rows.Add(json);
            else rows.AddJson(document, ResourceJsonContext.Stored.ResourceDocument);
        }
        await ExecuteWithRowsAsync(connection, transaction, rows, plan.Now, $"""
            INSERT INTO "Resources" ("Id", "Type", "Year", "Title", "Languages", "Document", "CreatedAt", "UpdatedAt")
            SELECT CAST(r.value ->> 0 AS BIGINT), r.value ->> 1, CAST(r.value ->> 2 AS INTEGER), r.value ->> 3,
                r.value ->> 4, r.value ->> 5, @now, @now
            FROM {_rowSource} WHERE true
            """, cancellationToken);
    }

    // SQLite: one prepared statement run per new resource. Its parameters bind cheaply (no round trip in process),
    // and the document goes in as it is, where a JSON rows parameter carries it escaped inside a JSON string for
    // json_each to unescape: a 1,000,000-record import 201.5 against 224.8 s (docs/benchmarks.md). PostgreSQL keeps
    // one statement per batch: a round trip per row would cost more there.
    private static async Task InsertResourcesOneByOneAsync(DbConnection connection, DbTransaction transaction,
        BatchPlan plan, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction);
        insert.CommandText = """
            INSERT INTO "Resources" ("Id", "Type", "Year", "Title", "Languages", "Document", "CreatedAt", "UpdatedAt")
            VALUES (@i, @t, @y, @ti, @l, @d, @now, @now)
            """;
        var id = Add(insert, "i", 0L);
        var type = Add(insert, "t", "");
        var year = Add(insert, "y", 0);
        var title = Add(insert, "ti", "");
        var languages = Add(insert, "l", "");
        var json = Add(insert, "d", "");
        Add(insert, "now", plan.Now);
        await insert.PrepareAsync(cancellationToken);
        foreach (var resource in plan.Resources.Values.Where(r => r.IsNew))
        {
            var document = resource.Document;
            id.Value = resource.Id;
            type.Value = document.Type.ToString();
            year.Value = document.Year is int value ? value : DBNull.Value;
            title.Value = Truncate(document.DisplayTitle);
            languages.Value = string.Join(' ', document.Languages);
            // Serialised on the reader's thread, unless a later record of the batch merged into it.
            json.Value = resource.Json is { } prepared && !resource.Dirty ? prepared : document.ToJson();
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task UpdateResourcesAsync(DbConnection connection, DbTransaction transaction, BatchPlan plan,
        CancellationToken cancellationToken)
    {
        foreach (var resource in plan.Resources.Values.Where(r => r is { IsNew: false, Dirty: true }))
        {
            var document = resource.Document;
            await using var command = Command(connection, transaction);
            command.CommandText = """
                UPDATE "Resources" SET "Type" = @t, "Year" = @y, "Title" = @ti, "Languages" = @l, "Document" = @d,
                    "UpdatedAt" = @now, "DeletedAt" = NULL
                WHERE "Id" = @i
                """;
            Add(command, "i", resource.Id);
            Add(command, "t", document.Type.ToString());
            Add(command, "y", document.Year);
            Add(command, "ti", Truncate(document.DisplayTitle));
            Add(command, "l", string.Join(' ', document.Languages));
            Add(command, "d", document.ToJson());
            Add(command, "now", plan.Now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task InsertKeysAsync(DbConnection connection, DbTransaction transaction, BatchPlan plan,
        CancellationToken cancellationToken)
    {
        var rows = _rows.Begin();
        foreach (var (key, resourceId) in plan.NewKeys) rows.Row().Add(key).Add(resourceId);
        await ExecuteWithRowsAsync(connection, transaction, rows, plan.Now, $"""
            INSERT INTO "ResourceKeys" ("Key", "ResourceId")
            SELECT r.value ->> 0, CAST(r.value ->> 1 AS BIGINT) FROM {_rowSource} WHERE true
            ON CONFLICT ("Key") DO NOTHING
            """, cancellationToken);
    }

    private async Task UpsertSourcesAsync(DbConnection connection, DbTransaction transaction, BatchPlan plan,
        CancellationToken cancellationToken)
    {
        var rows = _rows.Begin();
        foreach (var ((source, recordId), (resourceId, fingerprint, document)) in plan.SourceWrites)
            rows.Row().Add(source).Add(recordId).Add(resourceId).Add(fingerprint).Add(document);
        await ExecuteWithRowsAsync(connection, transaction, rows, plan.Now, $"""
            INSERT INTO "ResourceSources" ("Source", "RecordId", "ResourceId", "Fingerprint", "Document", "ImportedAt")
            SELECT r.value ->> 0, r.value ->> 1, CAST(r.value ->> 2 AS BIGINT), r.value ->> 3, r.value ->> 4, @now
            FROM {_rowSource} WHERE true
            ON CONFLICT ("Source", "RecordId") DO UPDATE SET "ResourceId" = excluded."ResourceId",
                "Fingerprint" = excluded."Fingerprint", "Document" = excluded."Document", "ImportedAt" = excluded."ImportedAt"
            """, cancellationToken);
    }

    // "WHERE true": SQLite reads "INSERT … SELECT … ON CONFLICT" as a join constraint without it (SQLite upsert docs).
    private static async Task ExecuteWithRowsAsync(DbConnection connection, DbTransaction transaction, JsonRows rows,
        DateTime now, string sql, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        await using var command = Command(connection, transaction);
        command.CommandText = sql;
        Add(command, "rows", rows.Complete());
        Add(command, "now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // A resource whose last source is withdrawn becomes a tombstone; one that keeps another source stays as it is.
    private static async Task ApplyDeletionsAsync(DbConnection connection, DbTransaction transaction, BatchPlan plan,
        CancellationToken cancellationToken)
    {
        foreach (var ((source, recordId), resourceId) in plan.RemovedSources)
        {
            await using var delete = Command(connection, transaction);
            delete.CommandText = """DELETE FROM "ResourceSources" WHERE "Source" = @s AND "RecordId" = @r""";
            Add(delete, "s", source);
            Add(delete, "r", recordId);
            await delete.ExecuteNonQueryAsync(cancellationToken);

            await using var tombstone = Command(connection, transaction);
            tombstone.CommandText = """
                UPDATE "Resources" SET "DeletedAt" = @now, "UpdatedAt" = @now
                WHERE "Id" = @i AND NOT EXISTS (SELECT 1 FROM "ResourceSources" WHERE "ResourceId" = @i)
                """;
            Add(tombstone, "i", resourceId);
            Add(tombstone, "now", plan.Now);
            await tombstone.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task SaveCheckpointAsync(DbConnection connection, DbTransaction transaction, string inputKey,
        long recordsCommitted, long recordsRejected, DateTime now, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction);
        command.CommandText = """
            INSERT INTO "ImportCheckpoints" ("InputKey", "RecordsCommitted", "RecordsRejected", "UpdatedAt") VALUES (@k, @n, @r, @now)
            ON CONFLICT ("InputKey") DO UPDATE SET "RecordsCommitted" = excluded."RecordsCommitted",
                "RecordsRejected" = excluded."RecordsRejected", "UpdatedAt" = excluded."UpdatedAt"
            """;
        Add(command, "k", inputKey);
        Add(command, "n", recordsCommitted);
        Add(command, "r", recordsRejected);
        Add(command, "now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        return command;
    }

    private static DbParameter Add<T>(DbCommand command, string name, T value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value is null ? DBNull.Value : value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static string Truncate(string title) => title.Length <= TitleColumnLength ? title : title[..TitleColumnLength];

    public async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        await _context.Database.CloseConnectionAsync();
        await _context.DisposeAsync();
    }

    private sealed class WorkingResource(long id, ResourceDocument document, bool isNew)
    {
        public long Id { get; } = id;
        public ResourceDocument Document { get; set; } = document;
        public bool IsNew { get; } = isNew;
        public bool Dirty { get; set; }
        public DateTime? DeletedAt { get; set; }

        /// <summary>The document's JSON as the reader serialised it, while the document is unchanged.</summary>
        public string? Json { get; init; }

        /// <summary>
        /// The source records the resource is made of, as this batch leaves it, with each one's own document where
        /// it is kept (while there are several).
        /// </summary>
        public Dictionary<(string Source, string RecordId), (string Fingerprint, ResourceDocument? Document)> SourceDocuments { get; } = [];
    }

    private sealed class BatchPlan(DateTime now)
    {
        public DateTime Now { get; } = now;
        public Dictionary<(string Source, string RecordId), (long ResourceId, string Fingerprint)> Sources { get; } = [];
        public Dictionary<(string Source, string RecordId), (long ResourceId, string Fingerprint, string? Document)> SourceWrites { get; } = [];
        public List<((string Source, string RecordId) Source, long ResourceId)> RemovedSources { get; } = [];
        public Dictionary<string, long> KeyOwners { get; } = new(StringComparer.Ordinal);
        public List<(string Key, long ResourceId)> NewKeys { get; } = [];
        public HashSet<long> ToLoad { get; } = [];

        /// <summary>The records that are new or changed: only their keys are looked up.</summary>
        public List<PreparedRecord> NeedsPlacing { get; } = [];
        public Dictionary<long, WorkingResource> Resources { get; } = [];
    }
}
