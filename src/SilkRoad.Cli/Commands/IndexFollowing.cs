using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Search.Indexing;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Cli.Commands;

/// <summary>
/// While an import or harvest writes the store, the search index follows it (twice a second), so that resources are
/// searchable about a second after their batch commits; at the end it catches up, and compacts the index after a bulk
/// load (<see cref="SearchIndexSynchronizer.CompactIfDueAsync"/>). When a running portal holds the
/// index, the portal follows the store instead and this does nothing.
/// </summary>
internal sealed class IndexFollowing : IAsyncDisposable
{
    private readonly SearchIndexSynchronizer? _synchronizer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _following = Task.CompletedTask;
    private readonly CancellationToken _cancellationToken;

    private IndexFollowing(IServiceProvider services, bool enabled, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        if (!enabled) return;
        if (!services.GetRequiredService<LuceneSearchIndex>().IsWritable)
        {
            Console.WriteLine("search index: updated by the running portal");
            return;
        }
        _synchronizer = services.GetRequiredService<SearchIndexSynchronizer>();
        var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, cancellationToken);
        _following = _synchronizer.FollowAsync(TimeSpan.FromMilliseconds(500), compactWhenQuiet: false, linked.Token)
            .ContinueWith(_ => linked.Dispose(), TaskScheduler.Default);
    }

    public static IndexFollowing Start(IServiceProvider services, bool enabled, CancellationToken cancellationToken) =>
        new(services, enabled, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _following;
        _stop.Dispose();
        if (_synchronizer is null || _cancellationToken.IsCancellationRequested) return;
        await _synchronizer.SynchronizeAsync(_cancellationToken);
        Console.WriteLine("search index: up to date");
        // A bulk load leaves the index in many segments, each slowing every search: merged once, at the end.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (await _synchronizer.CompactIfDueAsync(_cancellationToken))
            Console.WriteLine($"search index: compacted in {clock.Elapsed.TotalSeconds:N1} s");
    }
}
