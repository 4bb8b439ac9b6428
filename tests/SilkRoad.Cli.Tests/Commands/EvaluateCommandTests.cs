using System.Text.Json;

namespace SilkRoad.Cli.Tests.Commands;

// The run here is the hand-worked example of SilkRoad.Search.Tests' RelevanceMetricsByHand and EvaluatorMeans:
// q1 nDCG@10 0.403702, AP 0.25, P@10 0.2, R@100 0.5; q2 nDCG@10 0.919721, AP 0.833333, P@10 0.2, R@100 1.
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("silkroad-cli-eval-").FullName;

    [Fact]
    public async Task PrintsTheFourMeansOfARunFile()
    {
        var (topics, qrels, run) = await WriteCollectionAsync();

        var result = await CliRun.RunAsync("evaluate", "--topics", topics, "--qrels", qrels, "--run", run);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Errors);
        Assert.Contains("queries     2", result.Output, StringComparison.Ordinal);
        Assert.Contains("nDCG@10     0.6617", result.Output, StringComparison.Ordinal);
        Assert.Contains("MAP         0.5417", result.Output, StringComparison.Ordinal);
        Assert.Contains("P@10        0.2000", result.Output, StringComparison.Ordinal);
        Assert.Contains("Recall@100  0.7500", result.Output, StringComparison.Ordinal);
        Assert.Contains("left out    1 (no document judged relevant: q3)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintsJsonWithEveryQuery()
    {
        var (topics, qrels, run) = await WriteCollectionAsync();

        var result = await CliRun.RunAsync("evaluate", "--topics", topics, "--qrels", qrels, "--run", run, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(0.661711, root.GetProperty("ndcgAt10").GetDouble(), 5);
        Assert.Equal(0.541667, root.GetProperty("map").GetDouble(), 5);
        Assert.Equal(0.2, root.GetProperty("precisionAt10").GetDouble(), 12);
        Assert.Equal(0.75, root.GetProperty("recallAt100").GetDouble(), 12);
        var q1 = root.GetProperty("queries")[0];
        Assert.Equal("q1", q1.GetProperty("queryId").GetString());
        Assert.Equal(0.403702, q1.GetProperty("ndcgAt10").GetDouble(), 6);
        Assert.Equal("q3", root.GetProperty("unjudged")[0].GetString());
    }

    [Fact]
    public async Task OnlyTheTopicsQueriesCountWhenTheQrelsJudgeMore()
    {
        var (_, qrels, run) = await WriteCollectionAsync();
        var onlyQ2 = await WriteAsync("q2.tsv", "q2\twind turbines\n");

        var result = await CliRun.RunAsync("evaluate", "--topics", onlyQ2, "--qrels", qrels, "--run", run, "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0.919721, json.RootElement.GetProperty("ndcgAt10").GetDouble(), 6);
        Assert.Equal(1, json.RootElement.GetProperty("queries").GetArrayLength());
    }

    [Fact]
    public async Task AMalformedRunLineIsReportedTheRestIsScoredAndTheExitCodeIsOne()
    {
        var (topics, qrels, run) = await WriteCollectionAsync();
        await File.AppendAllTextAsync(run, "q2 Q0 zz not-a-rank 0.5 t\n");

        var result = await CliRun.RunAsync("evaluate", "--topics", topics, "--qrels", qrels, "--run", run);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("skipped: run.txt:line 10: rank 'not-a-rank' is not a whole number", result.Errors, StringComparison.Ordinal);
        Assert.Contains("nDCG@10     0.6617", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingRunFileIsExitTwoAndNamesIt()
    {
        var (topics, qrels, _) = await WriteCollectionAsync();

        var result = await CliRun.RunAsync("evaluate", "--topics", topics, "--qrels", qrels, "--run", Path.Combine(_folder, "absent.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("absent.txt: no such file", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicsWithNoRelevantJudgementAreExitTwo()
    {
        var (_, qrels, run) = await WriteCollectionAsync();
        var unjudged = await WriteAsync("q3.tsv", "q3\tnothing relevant\n");

        var result = await CliRun.RunAsync("evaluate", "--topics", unjudged, "--qrels", qrels, "--run", run);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no topic of", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunWithAMissingTopicsFileIsExitTwoAndWritesNoRun()
    {
        var output = Path.Combine(_folder, "run-out.txt");

        var result = await CliRun.RunAsync("run", "--topics", Path.Combine(_folder, "absent.tsv"), "--output", output,
            "--data", Path.Combine(_folder, "data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("absent.tsv: no such file", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task AQueryLanguageOutsideTheSixIsExitTwo()
    {
        var (topics, qrels, _) = await WriteCollectionAsync();

        var result = await CliRun.RunAsync("evaluate", "--topics", topics, "--qrels", qrels, "--query-language", "de");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--query-language 'de' is not one of zh, en, fr, ru, es, ar", result.Errors, StringComparison.Ordinal);
    }

    private async Task<(string Topics, string Qrels, string Run)> WriteCollectionAsync() => (
        await WriteAsync("topics.tsv", "# hand-worked\nq1\tsolar cells\nq2\twind turbines\nq3\tnothing relevant\n"),
        await WriteAsync("qrels.txt", "q1 0 d1 2\nq1 0 d2 1\nq1 0 d3 0\nq1 0 d4 2\nq1 0 d5 1\nq1 0 d9 0\nq2 0 a 1\nq2 0 b 1\nq3 0 z 0\n"),
        await WriteAsync("run.txt", """
            q1 Q0 d3 1 6 t
            q1 Q0 d1 2 5 t
            q1 Q0 x 3 4 t
            q1 Q0 d2 4 3 t
            q1 Q0 d9 5 2 t
            q1 Q0 y 6 1 t
            q2 Q0 b 1 3 t
            q2 Q0 x 2 2 t
            q2 Q0 a 3 1 t

            """));

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
