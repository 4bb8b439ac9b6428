using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Search;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad search "QUERY" [--json] [--top N] [--sort S]</c></summary>
internal static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The query, in the portal's syntax" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var top = new Option<int>("--top") { Description = "How many results", DefaultValueFactory = _ => 10 };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance, newest, oldest or title" };
        var command = new Command("search", "Search the index") { query, json, top, sort };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data),
            new SearchRequest
            {
                Query = result.GetRequiredValue(query),
                PageSize = Math.Clamp(result.GetValue(top), 1, SearchRequest.MaxPageSize),
                Sort = result.GetValue(sort),
                Facets = FacetNames.All,
            }, result.GetValue(json), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string data, SearchRequest request, bool json, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var results = await services.GetRequiredService<ISearchIndex>().SearchAsync(request, cancellationToken);
        if (results.Error is { } error)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message} (at character {error.Position + 1})");
            return ExitCodes.Failed;
        }
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(results, Json));
            return ExitCodes.Success;
        }
        Console.WriteLine($"{results.Total:N0} results ({results.Elapsed.TotalMilliseconds:N1} ms)");
        if (results.DidYouMean is { } suggestion) Console.WriteLine($"did you mean: {suggestion}");
        var rank = 0;
        foreach (var hit in results.Hits)
        {
            var title = hit.Titles.Count > 0 ? hit.Titles[0] : null;
            Console.WriteLine($"{++rank,3}. [{hit.Id}] {title?.Text} ({title?.Language}, {hit.Type}{(hit.Year is { } y ? $", {y}" : "")})");
        }
        return ExitCodes.Success;
    }
}
