using System.CommandLine;

namespace SilkRoad.Cli.Commands;

internal static class GlobalOptions
{
    public const string DataVariable = "SILKROAD_DATA";

    /// <summary><c>--data DIR</c>: every command takes it; default <c>$SILKROAD_DATA</c>, else <c>./data</c>.</summary>
    public static readonly Option<string> Data = new("--data")
    {
        Description = $"Data folder (SQLite store, search index). Default: ${DataVariable}, else ./data",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } path ? path : "data",
    };
}
