using SilkRoad.Search.Indexing;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Web.Startup;

/// <summary>
/// Keeps the embedded search index within about a second of the store while the portal runs: whatever is imported —
/// the demo data on first start, the CLI's imports into the same data folder — becomes searchable without a reindex.
/// Only the process that holds the index's write lock follows; another portal process on the same folder just reads.
/// After a bulk import the index is compacted when changes pause (<see cref="SearchIndexSynchronizer.CompactIfDueAsync"/>).
/// </summary>
internal sealed class SearchIndexFollower(LuceneSearchIndex index, SearchIndexSynchronizer synchronizer) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The dictionaries' lookups are built once, on the side, so that the first search does not wait for them.
        _ = Task.Run(index.PrepareCrossLanguage, stoppingToken);
        return index.IsWritable ? synchronizer.FollowAsync(Interval, compactWhenQuiet: true, stoppingToken) : Task.CompletedTask;
    }
}
