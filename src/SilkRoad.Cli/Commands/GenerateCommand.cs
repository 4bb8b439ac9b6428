using System.CommandLine;
using System.IO.Compression;
using SilkRoad.Cli.Benchmarks;

namespace SilkRoad.Cli.Commands;

/// <summary><c>silkroad generate --records N [--seed S] --out FILE[.gz]</c>: the benchmark corpus.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var records = new Option<int>("--records") { Description = "How many works (about 2% are duplicates)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Chooses the corpus: the same seed gives the same bytes", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out") { Description = "Output file; .gz is compressed", Required = true };
        var command = new Command("generate", "Write a deterministic OpenAlex-shaped corpus in six languages, for benchmarks") { records, seed, output };
        command.SetAction((result, ct) => CommandGuard.RunAsync(() => RunAsync(result.GetRequiredValue(records), result.GetRequiredValue(seed),
            result.GetRequiredValue(output), ct)));
        return command;
    }

    private static async Task<int> RunAsync(int records, int seed, string path, CancellationToken cancellationToken)
    {
        if (records < 0)
        {
            await Console.Error.WriteLineAsync("error: --records must be 0 or more");
            return ExitCodes.Failed;
        }
        await using var file = File.Create(path);
        await using Stream output = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.Fastest)
            : file;
        await OpenAlexCorpusGenerator.WriteAsync(output, records, seed, cancellationToken);
        Console.WriteLine($"{path}: {records:N0} works (seed {seed})");
        return ExitCodes.Success;
    }
}
