using System.Text.Json;

namespace SilkRoad.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("silkroad-cli-").FullName;

    private string Data => Path.Combine(_folder, "data");

    private async Task ImportAsync()
    {
        var csv = Path.Combine(_folder, "resources.csv");
        await File.WriteAllTextAsync(csv, """
            id,type,language,title,year
            c1,article,en,Geothermal heat pumps for district heating,2021
            c2,standard,ru,Мониторинг деформаций мостовых конструкций,2018
            c3,report,en,Bridge deformation monitoring with fibre sensors,2020
            """);
        var import = await CliRun.RunAsync("import", csv, "--data", Data);
        Assert.Equal(0, import.ExitCode);
    }

    [Fact]
    public async Task An_import_is_searchable_as_soon_as_it_ends()
    {
        await ImportAsync();

        var run = await CliRun.RunAsync("search", "geothermal", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 results", run.Output, StringComparison.Ordinal);
        Assert.Contains("Geothermal heat pumps for district heating", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_prints_json_with_the_top_hits()
    {
        await ImportAsync();

        var run = await CliRun.RunAsync("search", "bridge", "--json", "--top", "1", "--data", Data);

        using var json = JsonDocument.Parse(run.Output);
        Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.True(json.RootElement.GetProperty("total").GetInt64() >= 1);
    }

    // Compaction leaves a segment for each thread that searches a query, one per core by default.
    private static readonly Dictionary<string, string> OneSearchThread = new() { ["Search__SearchThreads"] = "1" };

    [Fact]
    public async Task Reindex_rebuilds_the_index_from_the_store()
    {
        await ImportAsync();
        Directory.Delete(Path.Combine(Data, "index"), recursive: true);

        var reindex = await CliRun.RunAsync(OneSearchThread, "reindex", "--data", Data);
        var run = await CliRun.RunAsync("search", "", "--data", Data);

        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains("reindexed 3 resources", reindex.Output, StringComparison.Ordinal);
        Assert.Contains("compacted into 1 segment", reindex.Output, StringComparison.Ordinal);
        Assert.Contains("3 results", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_compact_only_merges_the_index_as_it_is()
    {
        await ImportAsync();
        var bib = Path.Combine(_folder, "more.bib");
        await File.WriteAllTextAsync(bib, "@article{more, title={Bridge cables}, year={2024}}");
        Assert.Equal(0, (await CliRun.RunAsync("import", bib, "--data", Data)).ExitCode);

        var compact = await CliRun.RunAsync(OneSearchThread, "reindex", "--compact-only", "--data", Data);
        var run = await CliRun.RunAsync("search", "", "--data", Data);

        Assert.Equal(0, compact.ExitCode);
        Assert.Matches(@"compacted 4 resources from \d+ segments into 1", compact.Output);
        Assert.Contains("4 results", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_query_is_an_error_with_exit_code_two()
    {
        await ImportAsync();

        var run = await CliRun.RunAsync("search", new string('x', 1001), "--data", Data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("longer than 1000 characters", run.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
