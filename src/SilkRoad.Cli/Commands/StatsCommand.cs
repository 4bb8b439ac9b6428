using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Catalogue.Statistics;
using Spectre.Console;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad stats [--json]</c></summary>
internal static class StatsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON (top-level total = unique resources)" };
        var command = new Command("stats", "Counts by type, language and source; duplicates merged") { json };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data), result.GetValue(json), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string data, bool json, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var figures = await services.GetRequiredService<CatalogueStatistics>().ComputeAsync(cancellationToken);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(figures, Json));
            return ExitCodes.Success;
        }
        Console.WriteLine($"Unique resources: {figures.Total:N0}");
        Console.WriteLine($"Source records:   {figures.SourceRecords:N0} ({figures.DuplicatesMerged:N0} duplicates merged)");
        if (figures.Withdrawn > 0) Console.WriteLine($"Withdrawn:        {figures.Withdrawn:N0}");
        Print("Type", figures.ByType);
        Print("Language", figures.ByLanguage);
        Print("Source", figures.BySource);
        return ExitCodes.Success;
    }

    private static void Print(string heading, IReadOnlyDictionary<string, long> counts)
    {
        var table = new Table().AddColumn(heading).AddColumn(new TableColumn("Resources").RightAligned());
        foreach (var (name, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
            table.AddRow(Markup.Escape(name), count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture));
        AnsiConsole.Write(table);
    }
}
