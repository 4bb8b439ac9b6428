using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Core.Languages;
using SilkRoad.Search;
using SilkRoad.Search.Evaluation;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad run --topics FILE [--top 100] [--query-language xx] [--cross-language true|false] [--tag NAME] [--output FILE]</c></summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var topics = TopicsOption();
        var top = TopOption();
        var language = QueryLanguageOption();
        var crossLanguage = CrossLanguageOption();
        var tag = new Option<string>("--tag") { Description = "The run's name, written in its last column", DefaultValueFactory = _ => "silkroad" };
        var output = new Option<string?>("--output") { Description = "Write the run to this file instead of the standard output" };
        var command = new Command("run", "Run a topics file (qid<TAB>query per line) against the search index and write a TREC run (qid Q0 docid rank score tag)")
        {
            topics, top, language, crossLanguage, tag, output,
        };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data),
            result.GetRequiredValue(topics), result.GetValue(output), result.GetRequiredValue(top),
            result.GetValue(language), result.GetValue(crossLanguage), result.GetRequiredValue(tag), ct)));
        return command;
    }

    public static Option<string> TopicsOption() => new("--topics") { Description = "Topics file: qid<TAB>query text per line (UTF-8; # starts a comment)", Required = true };

    public static Option<int> TopOption() => new("--top") { Description = "Documents retrieved per query", DefaultValueFactory = _ => 100 };

    public static Option<bool?> CrossLanguageOption() => new("--cross-language") { Description = "Search the topics in translation too (true) or as typed only (false); default: as configured (true)" };

    public static Option<string?> QueryLanguageOption() => new("--query-language") { Description = "The topics' language (zh, en, fr, ru, es, ar); default: analysed for every language" };

    /// <summary>Checks the options a run takes; on a problem, says what it is and returns null.</summary>
    public static async Task<RunSettings?> SettingsAsync(int top, string? queryLanguage, string tag)
    {
        var problem = top < 1 ? "--top must be 1 or more"
            : queryLanguage is not null && !Language.TryFind(queryLanguage, out _)
                ? $"--query-language '{queryLanguage}' is not one of {string.Join(", ", Language.All)}"
            : tag.Length == 0 || tag.Any(char.IsWhiteSpace) ? "--tag must be one word (it is a column of the run)"
            : null;
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"error: {problem}");
            return null;
        }
        return new RunSettings
        {
            Top = top,
            QueryLanguage = Language.TryFind(queryLanguage, out var language) ? language.Code : null,
            Tag = tag,
        };
    }

    /// <summary>Reads a TREC file, printing each line it left out; null (and the reason) when the file is missing.</summary>
    public static async Task<T?> ReadAsync<T>(string path, Func<string, CancellationToken, Task<T>> read,
        Func<T, IReadOnlyList<TrecLineError>> errors, CancellationToken cancellationToken)
        where T : class
    {
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"error: {path}: no such file");
            return null;
        }
        var file = await read(path, cancellationToken);
        foreach (var error in errors(file)) await Console.Error.WriteLineAsync($"skipped: {error}");
        return file;
    }

    /// <summary>Runs every topic against the index; returns how many queries the index could not understand (each
    /// reported).</summary>
    public static async Task<int> RunTopicsAsync(string data, TrecTopics topics, RunSettings settings,
        Func<TrecRunLine, Task> onLine, CancellationToken cancellationToken)
    {
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        var generator = new RunGenerator(services.GetRequiredService<ISearchIndex>());
        var rejected = 0;
        await foreach (var run in generator.RunAsync(topics.Topics, settings, cancellationToken))
        {
            if (run.Error is { } error)
            {
                rejected++;
                await Console.Error.WriteLineAsync($"rejected: query '{run.Topic.Id}' ({run.Topic.Text}): {error.Message}");
            }
            foreach (var line in run.Lines) await onLine(line);
        }
        return rejected;
    }

    private static async Task<int> RunAsync(string data, string topicsPath, string? outputPath, int top, string? queryLanguage,
        bool? crossLanguage, string tag, CancellationToken cancellationToken)
    {
        if (await SettingsAsync(top, queryLanguage, tag) is not { } settings) return ExitCodes.Failed;
        settings = settings with { CrossLanguage = crossLanguage };
        if (await ReadAsync(topicsPath, TrecTopics.ReadFileAsync, t => t.Errors, cancellationToken) is not { } topics)
            return ExitCodes.Failed;

        // A run is written beside its final name and moved there when complete, so that a run that stopped half-way
        // (a store that cannot be reached, Ctrl+C) never passes for a whole one.
        var partialPath = outputPath is null ? null : outputPath + ".partial";
        try
        {
            int rejected;
            // Runs are compared across machines and read by trec_eval: UTF-8 without a byte order mark, '\n' line ends.
            await using (var writer = partialPath is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
                : new StreamWriter(partialPath, append: false, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                var run = new TrecRunWriter(writer);
                rejected = await RunTopicsAsync(data, topics, settings, line => run.WriteAsync(line, cancellationToken), cancellationToken);
            }
            if (outputPath is not null && partialPath is not null) File.Move(partialPath, outputPath, overwrite: true);
            return rejected > 0 || topics.Errors.Count > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
        }
        finally
        {
            if (partialPath is not null) File.Delete(partialPath);
        }
    }
}
