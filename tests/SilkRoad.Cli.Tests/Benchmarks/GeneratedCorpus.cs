using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Importers.OpenAlex;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Cli.Benchmarks;

namespace SilkRoad.Cli.Tests.Benchmarks;

/// <summary>One corpus of 20,000 works, generated and read back through the OpenAlex reader once for the test class.</summary>
public sealed class GeneratedCorpus : IAsyncLifetime
{
    public const int Records = 20_000;
    public const int Seed = 20_240_601;

    public byte[] Bytes { get; private set; } = [];
    public List<ResourceRecord> Works { get; } = [];
    public List<ImportError> Errors { get; } = [];

    public async Task InitializeAsync()
    {
        using var output = new MemoryStream();
        await OpenAlexCorpusGenerator.WriteAsync(output, Records, Seed, CancellationToken.None);
        Bytes = output.ToArray();
        await foreach (var result in new OpenAlexReader().ReadAsync(new MemoryStream(Bytes), "corpus.jsonl", CancellationToken.None))
        {
            if (result.Record is { } record) Works.Add(record);
            if (result.Error is { } error) Errors.Add(error);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
