using SilkRoad.Catalogue.Importers;
using Spectre.Console;

namespace SilkRoad.Cli.Commands;

/// <summary>
/// A progress bar with records per second and time remaining while an import runs in a terminal; nothing but the
/// errors and the summary when output goes to a file or a pipe.
/// </summary>
internal static class ImportProgressDisplay
{
    public static async Task<ImportSummary> RunAsync(string path,
        Func<Action<ImportError>, IProgress<ImportProgress>?, Task<ImportSummary>> import)
    {
        static void PrintError(ImportError error) => Console.Error.WriteLine($"rejected: {error}");
        if (Console.IsOutputRedirected || Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
            return await import(PrintError, null);

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RecordsPerSecondColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Path.GetFileName(path), maxValue: 1.0);
                var progress = new Progress<ImportProgress>(p =>
                {
                    if (p.Fraction is { } fraction) task.Value = fraction;
                    task.State.Update<long>("records", _ => p.Records);
                });
                var summary = await import(error => AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[yellow]rejected:[/] {error}"), progress);
                task.Value = 1.0;
                return summary;
            });
    }

    private sealed class RecordsPerSecondColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var records = task.State.Get<long>("records");
            var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            return new Text(seconds > 0 ? $"{records:N0} records, {records / seconds:N0}/s" : $"{records:N0} records");
        }
    }
}
