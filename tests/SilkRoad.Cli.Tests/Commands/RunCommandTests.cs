namespace SilkRoad.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("silkroad-cli-run-").FullName;

    private string Data => Path.Combine(_folder, "data");

    private async Task<string> ImportAndWriteTopicsAsync()
    {
        var csv = Path.Combine(_folder, "corpus.csv");
        await File.WriteAllTextAsync(csv, """
            id,type,language,title,year
            en-001,article,en,Geothermal heat pumps for district heating,2021
            en-002,article,en,Bridge deformation monitoring with fibre sensors,2020
            zh-001,article,zh,地源热泵区域供热系统研究,2019
            """);
        Assert.Equal(0, (await CliRun.RunAsync("import", csv, "--data", Data)).ExitCode);
        var topics = Path.Combine(_folder, "topics.tsv");
        await File.WriteAllTextAsync(topics, "q1\tgeothermal heat pumps\nq2\t热泵\n");
        return topics;
    }

    [Fact]
    public async Task Writes_a_trec_run_naming_documents_by_their_source_ids()
    {
        var topics = await ImportAndWriteTopicsAsync();

        // As typed: translated, 热泵 also finds the English resource on heat pumps (issue 7), and may rank it first.
        var run = await CliRun.RunAsync("run", "--topics", topics, "--tag", "silkroad", "--cross-language", "false", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        Assert.All(lines, l => Assert.Equal(6, l.Length));
        Assert.Equal(["q1", "Q0", "en-001", "1"], lines.First(l => l[0] == "q1")[..4]);
        Assert.Equal("zh-001", lines.First(l => l[0] == "q2")[2]);
        Assert.All(lines, l => Assert.Equal("silkroad", l[5]));
    }

    [Fact]
    public async Task Evaluates_the_index_without_a_run_file()
    {
        var topics = await ImportAndWriteTopicsAsync();
        var qrels = Path.Combine(_folder, "qrels.txt");
        await File.WriteAllTextAsync(qrels, "q1 0 en-001 2\nq1 0 en-002 0\nq2 0 zh-001 2\n");

        var result = await CliRun.RunAsync("evaluate", "--topics", topics, "--qrels", qrels, "--cross-language", "false", "--data", Data);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nDCG@10     1.0000", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
