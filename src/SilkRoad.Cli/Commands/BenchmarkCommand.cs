using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Cli.Benchmarks;
using SilkRoad.Search;

namespace SilkRoad.Cli.Commands;

/// <summary>
/// <c>silkroad benchmark search</c> (in-process, one query at a time) and <c>silkroad benchmark http --url URL</c>
/// (concurrent clients against a running portal): the search benchmark of docs/benchmarks.md.
/// </summary>
internal static class BenchmarkCommand
{
    private static readonly string[] FourFacets = [FacetNames.Type, FacetNames.Language, FacetNames.Year, FacetNames.Country];

    public static Command Create()
    {
        var queries = new Option<int>("--queries") { Description = "How many queries", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Chooses the queries", DefaultValueFactory = _ => 7 };
        var search = new Command("search", "Time generated queries in six languages in-process: without facets (baseline), with four facet counts, and as the API asks (every facet)") { queries, seed };
        search.SetAction((result, ct) => CommandGuard.RunAsync(() => SearchAsync(result.GetRequiredValue(GlobalOptions.Data),
            result.GetValue(queries), result.GetValue(seed), ct)));

        var url = new Option<string>("--url") { Description = "The portal's base URL", Required = true };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 4 };
        var seconds = new Option<int>("--seconds") { Description = "How long to run", DefaultValueFactory = _ => 30 };
        var pages = new Option<bool>("--pages") { Description = "Ask for the results page (/{language}/search, HTML) instead of /api/search" };
        var http = new Command("http", "Send generated queries to GET /api/search (or the results page) from concurrent clients; report queries/s and latency")
        {
            url, clients, seconds, queries, seed, pages,
        };
        http.SetAction((result, ct) => CommandGuard.RunAsync(() => HttpAsync(result.GetRequiredValue(url), result.GetValue(clients),
            result.GetValue(seconds), result.GetValue(queries), result.GetValue(seed), result.GetValue(pages), ct)));

        return new Command("benchmark", "Benchmarks (see docs/benchmarks.md)") { search, http };
    }

    private static async Task<int> SearchAsync(string data, int count, int seed, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var index = services.GetRequiredService<ISearchIndex>();
        Console.WriteLine($"index: {index.Count:N0} documents");
        var snippets = SearchQueryGenerator.Create(count, seed, FourFacets);
        var facets = snippets.Select(q => q with { Highlight = false }).ToList();
        var baseline = snippets.Select(q => q with { Facets = [], Highlight = false }).ToList();
        var untranslated = facets.Select(q => q with { CrossLanguage = false }).ToList();
        var api = snippets.Select(q => q with { Facets = FacetNames.All }).ToList();

        // Warm up: the first queries load the terms index and doc values from disk.
        foreach (var query in snippets.Take(Math.Min(200, count))) await index.SearchAsync(query, cancellationToken);

        var baselineRun = await TimeAsync(index, baseline, cancellationToken);
        var facetRun = await TimeAsync(index, facets, cancellationToken);
        var snippetRun = await TimeAsync(index, snippets, cancellationToken);
        var untranslatedRun = await TimeAsync(index, untranslated, cancellationToken);
        var apiRun = await TimeAsync(index, api, cancellationToken);
        Console.WriteLine($"baseline (top 20, no facets):      {baselineRun.Latency}");
        Console.WriteLine($"four facet counts (the goal):      {facetRun.Latency}");
        Console.WriteLine($"four facets + snippets:            {snippetRun.Latency}");
        Console.WriteLine($"four facets, not translated:       {untranslatedRun.Latency}");
        Console.WriteLine($"every facet + snippets (API):      {apiRun.Latency}");
        Console.WriteLine($"translated/untranslated (four facets) p50 {facetRun.Latency.P50 / Math.Max(untranslatedRun.Latency.P50, 0.001):F2}, p99 {facetRun.Latency.P99 / Math.Max(untranslatedRun.Latency.P99, 0.001):F2}");
        Console.WriteLine($"facets/baseline p50 {facetRun.Latency.P50 / Math.Max(baselineRun.Latency.P50, 0.001):F2}, p99 {facetRun.Latency.P99 / Math.Max(baselineRun.Latency.P99, 0.001):F2}");
        Console.WriteLine($"median hits {facetRun.MedianTotal:N0}; errors {facetRun.Errors + snippetRun.Errors + apiRun.Errors}");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
        return facetRun.Errors + snippetRun.Errors + apiRun.Errors > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task<(LatencySummary Latency, long MedianTotal, int Errors)> TimeAsync(ISearchIndex index,
        List<SearchRequest> queries, CancellationToken cancellationToken)
    {
        var times = new List<double>(queries.Count);
        var totals = new List<long>(queries.Count);
        var errors = 0;
        foreach (var query in queries)
        {
            var start = Stopwatch.GetTimestamp();
            var results = await index.SearchAsync(query, cancellationToken);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            totals.Add(results.Total);
            if (results.Error is not null) errors++;
        }
        totals.Sort();
        return (LatencySummary.From(times), totals.Count == 0 ? 0 : totals[totals.Count / 2], errors);
    }

    private static async Task<int> HttpAsync(string url, int clients, int seconds, int count, int seed, bool pages,
        CancellationToken cancellationToken)
    {
        var queries = SearchQueryGenerator.Create(count, seed, FourFacets).Select(q => PathOf(q, pages)).ToArray();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        foreach (var query in queries.Take(200)) (await http.GetAsync(new Uri(query, UriKind.Relative), cancellationToken)).Dispose();

        var times = new ConcurrentBag<double>();
        var failures = 0;
        var next = -1;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var query = queries[(int)((uint)Interlocked.Increment(ref next) % queries.Length)];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(new Uri(query, UriKind.Relative), stop.Token);
                    await response.Content.ReadAsByteArrayAsync(stop.Token);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }, CancellationToken.None)).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{(pages ? "results pages" : "/api/search")}, {clients} clients, {elapsed:F1} s: {times.Count / elapsed:F1} queries/s; {LatencySummary.From(times)}; failures {failures}");
        return failures > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    // The results page is asked for in the query's language, as a reader of that language would.
    private static string PathOf(SearchRequest request, bool page) =>
        (page ? $"/{request.QueryLanguage ?? "en"}/search?" : "/api/search?") + QueryString(request);

    private static string QueryString(SearchRequest request)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(request.Query) };
        foreach (var (facet, values) in request.Filters)
            parts.AddRange(values.Select(v => $"{facet}={Uri.EscapeDataString(v)}"));
        if (request.QueryLanguage is { } language) parts.Add("lang=" + language);
        return string.Join('&', parts);
    }
}
