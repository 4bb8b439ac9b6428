namespace SilkRoad.Cli.Tests.Commands;

// Bug: an unreachable store ended `silkroad import` with exit 1 (which means "records rejected") and a stack trace.
public sealed class FailureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("silkroad-cli-fail-").FullName;

    [Fact]
    public async Task AStoreThatCannotBeReachedIsExitTwoWithOneLineNotAStackTrace()
    {
        var csv = Path.Combine(_folder, "one.csv");
        await File.WriteAllTextAsync(csv, "id,title\nx1,Hydraulic design of spillways for small dams\n");
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            // Port 1 on loopback: nothing listens there, the connection is refused at once.
            ["Storage__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3",
        };

        var run = await CliRun.RunAsync(environment, "import", csv, "--data", Path.Combine(_folder, "data"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFormatIsExitTwoAndNamesTheKnownOnes()
    {
        var file = Path.Combine(_folder, "refs.txt");
        await File.WriteAllTextAsync(file, "whatever");

        var run = await CliRun.RunAsync("import", file, "--format", "marc", "--data", Path.Combine(_folder, "data"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown format 'marc'", run.Errors, StringComparison.Ordinal);
        Assert.Contains("openalex", run.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
