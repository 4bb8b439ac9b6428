using System.Text.Json;

namespace SilkRoad.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("silkroad-cli-").FullName;

    private string Data => Path.Combine(_folder, "data");

    [Fact]
    public async Task ImportsACsvReportsEachBadRowAndExitsWithOne()
    {
        var csv = await WriteAsync("resources.csv", """
            id,type,language,title,year,doi
            a1,article,zh,光伏电站智能运维技术研究,2021,10.5555/cli.1
            a2,spaceship,en,Nothing to see,2020,
            a3,standard,ar,مواصفات الخرسانة المسلحة للمباني,2019,
            """);

        var run = await CliRun.RunAsync("import", csv, "--data", Data);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("read 3, new 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("resources.csv:line 3: unknown type 'spaceship'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportingTheSameFileChangesNothingAndExitsWithZero()
    {
        var csv = await WriteAsync("ok.csv", """
            id,type,language,title,year
            b1,report,ru,Мониторинг деформаций мостовых конструкций,2018
            """);
        await CliRun.RunAsync("import", csv, "--data", Data);

        var again = await CliRun.RunAsync("import", csv, "--data", Data);
        var stats = await CliRun.RunAsync("stats", "--json", "--data", Data);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("new 0", again.Output, StringComparison.Ordinal);
        Assert.Contains("unchanged 1", again.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stats.Output);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("byLanguage").GetProperty("ru").GetInt64());
    }

    [Fact]
    public async Task AMissingFileIsAnErrorThatStoresNothing()
    {
        var run = await CliRun.RunAsync("import", Path.Combine(_folder, "absent.bib"), "--data", Data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("absent.bib: no such file", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Data));
    }

    [Fact]
    public async Task GeneratesACorpusThatImportsWithoutErrorsAndMergesItsDuplicates()
    {
        var corpus = Path.Combine(_folder, "corpus.jsonl.gz");
        var generate = await CliRun.RunAsync("generate", "--records", "3000", "--seed", "7", "--out", corpus);
        var import = await CliRun.RunAsync("import", corpus, "--data", Data);

        Assert.Equal(0, generate.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("read 3,000", import.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("merged 0,", import.Output, StringComparison.Ordinal);
        Assert.Contains("rejected 0", import.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
