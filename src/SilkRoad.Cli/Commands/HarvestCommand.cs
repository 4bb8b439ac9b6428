using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Catalogue.Importers.OaiPmh;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad harvest URL [--set S] [--from DATE] [--prefix oai_dc]</c></summary>
internal static class HarvestCommand
{
    public static Command Create()
    {
        var url = new Argument<Uri>("url") { Description = "The repository's OAI-PMH base URL" };
        var set = new Option<string?>("--set") { Description = "Harvest only this set" };
        var from = new Option<string?>("--from") { Description = "Only records changed since (YYYY-MM-DD); default: where the last harvest of this URL and set completed" };
        var prefix = new Option<string>("--prefix") { Description = "Metadata format", DefaultValueFactory = _ => "oai_dc" };
        var command = new Command("harvest", "Harvest an OAI-PMH repository (oai_dc), resuming where an interrupted harvest stopped") { url, set, from, prefix };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data),
            new OaiPmhHarvestRequest(result.GetRequiredValue(url))
            {
                Set = result.GetValue(set),
                From = result.GetValue(from),
                MetadataPrefix = result.GetRequiredValue(prefix),
            }, ct)));
        return command;
    }

    private static async Task<int> RunAsync(string data, OaiPmhHarvestRequest request, CancellationToken cancellationToken)
    {
        if (!request.BaseUrl.IsAbsoluteUri || request.BaseUrl.Scheme is not ("http" or "https"))
        {
            await Console.Error.WriteLineAsync($"error: {request.BaseUrl}: not an http(s) URL");
            return ExitCodes.Failed;
        }
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var harvester = services.GetRequiredService<RepositoryHarvester>();
        await using var indexing = IndexFollowing.Start(services, enabled: true, cancellationToken);
        var quiet = Console.IsOutputRedirected;
        try
        {
            var summary = await harvester.HarvestAsync(request,
                error => Console.Error.WriteLine($"rejected: {error}"),
                quiet ? null : new Progress<HarvestSummary>(s => Console.Error.Write(
                    $"\r{s.Pages} page(s), {s.Records.Read:N0}{(s.CompleteListSize is { } size ? $" of {size:N0}" : "")} records")),
                cancellationToken);
            if (!quiet) Console.Error.WriteLine();
            Console.WriteLine($"{request.BaseUrl}: {summary}");
            return summary.Records.Rejected > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
        }
        catch (Exception exception) when (exception is OaiPmhException or HttpRequestException or IOException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await Console.Error.WriteLineAsync($"error: {request.BaseUrl}: {exception.Message} (what was committed stays; run again to resume)");
            return ExitCodes.Failed;
        }
    }
}
