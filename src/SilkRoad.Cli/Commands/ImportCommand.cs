using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Catalogue.Importers;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad import PATH... [--format F] [--dry-run] [--no-index]</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files to import (plain or .gz)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "openalex|crossref|bibtex|ris|csv|oai-dc (inferred when omitted)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and check every record, store nothing" };
        var noIndex = new Option<bool>("--no-index")
        {
            Description = "Store only; leave the search index behind (a bulk load: run reindex after it, or let the portal catch up)",
        };
        var command = new Command("import", "Import records into the catalogue, merging duplicates") { paths, format, dryRun, noIndex };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data), result.GetRequiredValue(paths),
            result.GetValue(format), result.GetValue(dryRun), result.GetValue(noIndex), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string data, string[] paths, string? format, bool dryRun, bool noIndex,
        CancellationToken cancellationToken)
    {
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing) await Console.Error.WriteLineAsync($"error: {path}: no such file");
            return ExitCodes.Failed;
        }
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var importer = services.GetRequiredService<ResourceImporter>();
        await using var indexing = IndexFollowing.Start(services, enabled: !dryRun && !noIndex, cancellationToken);
        var total = new ImportSummary { DryRun = dryRun };
        var failedInputs = 0;
        foreach (var path in paths)
        {
            try
            {
                var summary = await ImportProgressDisplay.RunAsync(path, (onError, progress) =>
                    importer.ImportFileAsync(path, format, onError, progress, cancellationToken, dryRun));
                Console.WriteLine($"{path}: {summary}");
                total.Add(summary);
            }
            catch (ImportFormatException exception)
            {
                await Console.Error.WriteLineAsync($"error: {exception.Message}");
                failedInputs++;
            }
        }
        if (paths.Length > 1) Console.WriteLine($"total: {total}");
        return failedInputs > 0 ? ExitCodes.Failed : total.Rejected > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
    }
}
