using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Search.Indexing;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad reindex</c>: rebuilds the search index from the store.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the store (searches see the old index until it is done)");
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string data, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var index = services.GetRequiredService<LuceneSearchIndex>();
        if (!index.IsWritable)
        {
            await Console.Error.WriteLineAsync("error: the search index is open for writing in another process (a running portal); stop it first");
            return ExitCodes.Failed;
        }
        var clock = Stopwatch.StartNew();
        var progress = new Progress<long>(n =>
        {
            if (n % 100_000 < 1_000) Console.Error.WriteLine($"  {n:N0} resources ({n / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s)");
        });
        var count = await services.GetRequiredService<SearchIndexSynchronizer>().RebuildAsync(progress, cancellationToken);
        Console.WriteLine($"reindexed {count:N0} resources in {clock.Elapsed.TotalSeconds:N1} s; the index holds {index.Count:N0}");
        return ExitCodes.Success;
    }
}
