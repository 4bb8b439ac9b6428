using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SilkRoad.Search.Evaluation;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad evaluate --topics FILE --qrels FILE [--run FILE] [--top 100] [--query-language xx] [--cross-language true|false] [--result-language xx] [--json]</c></summary>
internal static class EvaluateCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var topics = RunCommand.TopicsOption();
        var qrels = new Option<string>("--qrels") { Description = "Relevance judgements: qid 0 docid relevance per line (TREC qrels)", Required = true };
        var runFile = new Option<string?>("--run") { Description = "Evaluate this TREC run file instead of running the topics against the index" };
        var top = RunCommand.TopOption();
        var language = RunCommand.QueryLanguageOption();
        var crossLanguage = RunCommand.CrossLanguageOption();
        var resultLanguage = new Option<string?>("--result-language") { Description = "Retrieve only resources in this language (one pair of a cross-language collection)" };
        var json = new Option<bool>("--json") { Description = "Print JSON, with the scores of every query" };
        var command = new Command("evaluate", "Score a run against relevance judgements: nDCG@10, MAP, P@10, Recall@100")
        {
            topics, qrels, runFile, top, language, crossLanguage, resultLanguage, json,
        };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(GlobalOptions.Data),
            new EvaluateInputs(result.GetRequiredValue(topics), result.GetRequiredValue(qrels), result.GetValue(runFile),
                result.GetRequiredValue(top), result.GetValue(language), result.GetValue(crossLanguage), result.GetValue(resultLanguage)),
            result.GetValue(json), ct)));
        return command;
    }

    private sealed record EvaluateInputs(string Topics, string Qrels, string? Run, int Top, string? QueryLanguage, bool? CrossLanguage, string? ResultLanguage);

    private static async Task<int> RunAsync(string data, EvaluateInputs inputs, bool json, CancellationToken cancellationToken)
    {
        if (await RunCommand.SettingsAsync(inputs.Top, inputs.QueryLanguage, "silkroad") is not { } settings) return ExitCodes.Failed;
        settings = settings with { CrossLanguage = inputs.CrossLanguage, ResultLanguage = inputs.ResultLanguage };
        if (await RunCommand.ReadAsync(inputs.Topics, TrecTopics.ReadFileAsync, t => t.Errors, cancellationToken) is not { } topics)
            return ExitCodes.Failed;
        if (await RunCommand.ReadAsync(inputs.Qrels, TrecQrels.ReadFileAsync, q => q.Errors, cancellationToken) is not { } qrels)
            return ExitCodes.Failed;

        var skipped = topics.Errors.Count + qrels.Errors.Count;
        TrecRun run;
        if (inputs.Run is not null)
        {
            if (await RunCommand.ReadAsync(inputs.Run, TrecRun.ReadFileAsync, r => r.Errors, cancellationToken) is not { } file)
                return ExitCodes.Failed;
            run = file;
            skipped += file.Errors.Count;
        }
        else
        {
            var lines = new List<TrecRunLine>();
            skipped += await RunCommand.RunTopicsAsync(data, topics, settings, line =>
            {
                lines.Add(line);
                return Task.CompletedTask;
            }, cancellationToken);
            run = TrecRun.FromLines(lines);
        }

        // The topics say which queries count: a qrels file may judge more (all six languages' queries, say).
        var report = Evaluator.Evaluate(qrels, run, topics.Topics.Select(t => t.Id));
        if (report.Queries.Count == 0)
        {
            await Console.Error.WriteLineAsync($"error: no topic of {inputs.Topics} has a document judged relevant in {inputs.Qrels}");
            return ExitCodes.Failed;
        }
        if (json) Console.WriteLine(JsonSerializer.Serialize(report, Json));
        else Print(report);
        return skipped > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
    }

    private static void Print(EvaluationReport report)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"queries     {report.Queries.Count}"));
        Console.WriteLine(string.Create(culture, $"nDCG@10     {report.NdcgAt10:0.0000}"));
        Console.WriteLine(string.Create(culture, $"MAP         {report.Map:0.0000}"));
        Console.WriteLine(string.Create(culture, $"P@10        {report.PrecisionAt10:0.0000}"));
        Console.WriteLine(string.Create(culture, $"Recall@100  {report.RecallAt100:0.0000}"));
        if (report.Unjudged.Count > 0)
            Console.WriteLine($"left out    {report.Unjudged.Count} (no document judged relevant: {string.Join(' ', report.Unjudged)})");
    }
}
