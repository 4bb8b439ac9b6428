using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Search.Indexing;

/// <summary>
/// Keeps the search index derived from the store: indexes every resource changed since the index's watermark
/// (<see cref="ResourceChangeFeed"/>), or rebuilds it from scratch. Both are safe to interrupt and re-run: the
/// watermark is committed with the documents, and indexing a resource again replaces it.
/// </summary>
public sealed partial class SearchIndexSynchronizer(ISearchIndex index, ResourceChangeFeed feed,
    ILogger<SearchIndexSynchronizer> logger)
{
    private const int BatchSize = 1_000;

    // A Lucene commit syncs files to disk: while a big import streams in, once a second is enough.
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);

    private long _indexedSinceCompaction;

    /// <summary>After a burst of changes this large, and at least a tenth of the index, the index is compacted
    /// (<see cref="CompactIfDueAsync"/>): searches in the many segments a bulk load leaves are several times slower.</summary>
    public long CompactAfter { get; init; } = 10_000;

    /// <summary>Indexes what changed in the store since the index's watermark.</summary>
    /// <returns>The number of resources indexed or removed.</returns>
    public async Task<long> SynchronizeAsync(CancellationToken cancellationToken)
    {
        var count = 0L;
        var sinceCommit = Stopwatch.StartNew();
        IndexWatermark? pending = null;
        var from = index.Watermark;
        await foreach (var batch in feed.ChangedSinceAsync(from.ChangedAt, from.ResourceId, BatchSize, cancellationToken))
        {
            await index.UpsertAsync(batch.Select(ToIndexed).ToList(), cancellationToken);
            count += batch.Count;
            pending = new IndexWatermark(batch[^1].UpdatedAt, batch[^1].Id);
            if (sinceCommit.Elapsed < CommitInterval) continue;
            await index.CommitAsync(pending.Value, cancellationToken);
            pending = null;
            sinceCommit.Restart();
        }
        if (pending is { } last) await index.CommitAsync(last, cancellationToken);
        Interlocked.Add(ref _indexedSinceCompaction, count);
        return count;
    }

    /// <summary>Compacts the index when enough has been indexed since it last was (<see cref="CompactAfter"/>).</summary>
    /// <returns>Whether it did.</returns>
    public async Task<bool> CompactIfDueAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Read(ref _indexedSinceCompaction) < Math.Max(CompactAfter, index.Count / 10)) return false;
        var clock = Stopwatch.StartNew();
        await index.CompactAsync(cancellationToken);
        Interlocked.Exchange(ref _indexedSinceCompaction, 0);
        LogCompacted(index.Count, clock.Elapsed.TotalSeconds);
        return true;
    }

    /// <summary>Empties the index and indexes every resource of the store again. Searches see the old index until
    /// the rebuild commits at the end; changes made meanwhile are picked up by a synchronisation right after. The
    /// rebuilt index is in many segments: compact it next (<see cref="ISearchIndex.CompactAsync"/>).</summary>
    public async Task<long> RebuildAsync(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Everything up to the latest change now is read by the scan below; later changes by the synchronisation after.
        var start = await feed.LatestChangeAsync(cancellationToken);
        await index.ClearAsync(cancellationToken);
        var count = 0L;
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<(int Read, List<IndexedResource> Resources)>(2);
        var reader = ReadAllAsync(batches.Writer, reading.Token);
        try
        {
            await foreach (var (read, resources) in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await index.UpsertAsync(resources, cancellationToken);
                count += read;
                progress?.Report(count);
            }
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
        }
        finally
        {
            await reading.CancelAsync();
            await reader;
        }
        await index.CommitAsync(start.ChangedAt == DateTime.MinValue ? IndexWatermark.None : new IndexWatermark(start.ChangedAt, start.Id), cancellationToken);
        await SynchronizeAsync(cancellationToken);
        return count;
    }

    // The store is read, and its documents parsed, while the batch before is analysed: in turn, they kept 1.1 of
    // 2 cores busy (a reindex of 3,779,921 resources at 1,951/s).
    private Task ReadAllAsync(ChannelWriter<(int Read, List<IndexedResource> Resources)> batches,
        CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            await foreach (var batch in feed.AllAsync(BatchSize, cancellationToken))
                await batches.WriteAsync((batch.Count, batch.Where(r => !r.Withdrawn).Select(ToIndexed).ToList()), cancellationToken);
            batches.Complete();
        }
        catch (Exception e)
        {
            batches.Complete(e);
        }
    }, CancellationToken.None);

    /// <summary>Synchronises every <paramref name="interval"/> until cancelled: how a running portal or import keeps
    /// the index within about a second of the store. With <paramref name="compactWhenQuiet"/>, the first pause after
    /// a burst of changes compacts the index when it is due (meanwhile new changes wait).</summary>
    public async Task FollowAsync(TimeSpan interval, bool compactWhenQuiet, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                var count = await SynchronizeAsync(cancellationToken);
                if (count > 0) LogSynchronized(count);
                else if (compactWhenQuiet) await CompactIfDueAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped during a synchronisation: what it had not committed is indexed again by the next one.
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be mid-migration or briefly locked; the next tick tries again.
                LogFailed(e);
            }
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static IndexedResource ToIndexed(ChangedResource resource) => new(
        resource.Id,
        ResourceDocument.FromJson(resource.Document),
        [.. resource.Sources.Select(s => new SourceRecordRef(s.Source, s.RecordId))],
        resource.Withdrawn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Count} changed resources")]
    private partial void LogSynchronized(long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Compacted the search index ({Count} resources) in {Seconds:F1} s")]
    private partial void LogCompacted(long count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synchronising the search index failed; retrying")]
    private partial void LogFailed(Exception exception);
}
