using SilkRoad.Catalogue.Statistics;

namespace SilkRoad.Web.Figures;

/// <summary>
/// The number of distinct contributors. Names live only in the stored documents (the index has no facet for them), so
/// counting reads every document: a blink for the demo, minutes at millions of resources. It is therefore never done
/// while a reader waits: asking for the count starts a recount in the background when the last one is older than
/// <see cref="MaxAge"/>, and answers with the last count, or null before the first one is done. The first count
/// starts with the host (after the store's start-up), so that the first visitors see the figure.
/// </summary>
public sealed partial class ContributorCount(CatalogueStatistics statistics, TimeProvider time,
    IHostApplicationLifetime lifetime, ILogger<ContributorCount> logger) : IHostedService
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private (long Count, DateTimeOffset At)? _last;
    private Task? _counting;

    /// <summary>The last count (null before the first is done); starts a recount when it is stale.</summary>
    public long? Current
    {
        get
        {
            lock (_gate)
            {
                var stale = _last is not { } last || time.GetUtcNow() - last.At >= MaxAge;
                if (stale && _counting is null or { IsCompleted: true }) _counting = Task.Run(CountAsync);
                return _last?.Count;
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the count in progress, if any.</summary>
    public Task WhenCountedAsync()
    {
        lock (_gate) return _counting ?? Task.CompletedTask;
    }

    private async Task CountAsync()
    {
        try
        {
            var started = time.GetUtcNow();
            var distributions = await statistics.ComputeDistributionsAsync(lifetime.ApplicationStopping);
            lock (_gate) _last = (distributions.Contributors, started);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store may be briefly locked by an import; the next page asking will try again.
            CountFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting the contributors failed; the next request retries")]
    private static partial void CountFailed(ILogger logger, Exception exception);
}
