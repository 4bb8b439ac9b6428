using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Search.Indexing;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad reindex [--compact-only]</c>: rebuilds the search index from the store and compacts it.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var compactOnly = new Option<bool>("--compact-only")
        {
            Description = "Only compact the index as it is (merge it into one segment per 5 GB) instead of rebuilding it",
        };
        var command = new Command("reindex", "Rebuild the search index from the store, then compact it (searches see the old index until it is done)")
        {
            compactOnly,
        };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data),
            result.GetValue(compactOnly), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string data, bool compactOnly, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var index = services.GetRequiredService<LuceneSearchIndex>();
        if (!index.IsWritable)
        {
            await Console.Error.WriteLineAsync("error: the search index is open for writing in another process (a running portal); stop it first");
            return ExitCodes.Failed;
        }
        var clock = Stopwatch.StartNew();
        if (compactOnly)
        {
            var before = index.SegmentCount;
            await index.CompactAsync(cancellationToken);
            Console.WriteLine($"compacted {index.Count:N0} resources from {before} segments into {index.SegmentCount} in {clock.Elapsed.TotalSeconds:N1} s");
            return ExitCodes.Success;
        }
        var progress = new Progress<long>(n =>
        {
            if (n % 100_000 < 1_000) Console.Error.WriteLine($"  {n:N0} resources ({n / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s)");
        });
        var count = await services.GetRequiredService<SearchIndexSynchronizer>().RebuildAsync(progress, cancellationToken);
        Console.WriteLine($"reindexed {count:N0} resources in {clock.Elapsed.TotalSeconds:N1} s; the index holds {index.Count:N0} in {index.SegmentCount} segments");
        // After the rebuild's commit, so that the old index's files are gone before the merge writes the index again.
        clock.Restart();
        await index.CompactAsync(cancellationToken);
        Console.WriteLine($"compacted into {index.SegmentCount} segment(s) in {clock.Elapsed.TotalSeconds:N1} s");
        return ExitCodes.Success;
    }
}
