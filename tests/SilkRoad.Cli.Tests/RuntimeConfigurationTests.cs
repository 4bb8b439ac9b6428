using System.Text.Json;

namespace SilkRoad.Cli.Tests;

public sealed class RuntimeConfigurationTests
{
    // The build writes the CLI's runtime settings beside it (and beside this test's assembly, which references it).
    // The MSBuild property is ServerGarbageCollection: a misspelt one (ServerGarbageCollector) is silently ignored,
    // and imports and reindexing then ran on the workstation collector (a reindex 1.14× slower, docs/benchmarks.md).
    [Fact]
    public void The_command_line_tool_runs_on_the_server_garbage_collector_without_background_collection()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "silkroad.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
