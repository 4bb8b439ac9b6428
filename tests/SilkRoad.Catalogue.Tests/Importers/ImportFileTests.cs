using System.IO.Compression;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Importers;

public sealed class ImportFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("silkroad-files-").FullName;

    [Theory]
    [InlineData("openalex", "works.jsonl")]
    [InlineData("crossref", "work-list.json")]
    [InlineData("bibtex", "references.bib")]
    [InlineData("ris", "records.ris")]
    [InlineData("csv", "resources.csv")]
    [InlineData("oai-dc", "list-records.xml")]
    public async Task InfersEachFormatFromTheFileEvenWhenGzipped(string format, string fixture)
    {
        var gzipped = Gzip(Fixture(format, fixture), "input.gz");
        await using var input = await ImportInput.OpenAsync(gzipped, CancellationToken.None);

        Assert.Equal(format, RecordFormats.Infer(fixture + ".gz", input.Head));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportsAGzippedFileAsItsPlainTwin(StorageProvider provider)
    {
        await using var plain = await CatalogueHost.StartAsync(provider);
        await using var zipped = await CatalogueHost.StartAsync(provider);
        var path = Fixture("openalex", "works.jsonl");

        var fromPlain = await plain.Importer.ImportFileAsync(path, null, null, null, CancellationToken.None);
        var fromGzip = await zipped.Importer.ImportFileAsync(Gzip(path, "works.jsonl.gz"), null, null, null, CancellationToken.None);

        Assert.Equal(fromPlain.ToString(), fromGzip.ToString());
        Assert.Equal(await plain.SnapshotAsync(), await zipped.SnapshotAsync());
    }

    [Fact]
    public async Task ATruncatedGzipKeepsWhatCameBeforeTheBreakAndReportsTheCutRecord()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite, batchSize: 2);
        var lines = Enumerable.Range(1, 400).Select(i =>
            $$"""{"id":"https://openalex.org/W{{1000000 + i}}","title":"Fatigue of welded steel joints in offshore wind turbine towers, specimen {{i}} {{Guid.NewGuid()}}","language":"en","publication_year":2020}""");
        var whole = Path.Combine(_folder, "whole.jsonl");
        await File.WriteAllLinesAsync(whole, lines);
        var gzipped = await File.ReadAllBytesAsync(Gzip(whole, "whole.jsonl.gz"));
        var truncated = Path.Combine(_folder, "truncated.jsonl.gz");
        await File.WriteAllBytesAsync(truncated, gzipped[..(gzipped.Length * 2 / 3)]);
        var errors = new List<ImportError>();

        var summary = await host.Importer.ImportFileAsync(truncated, null, errors.Add, null, CancellationToken.None);

        Assert.InRange(summary.New, 1, 399);
        var error = Assert.Single(errors);
        Assert.Equal(summary.New + 1, error.Position);
    }

    [Fact]
    public async Task AFileOfUnknownFormatIsRefusedWithAMessageThatNamesTheFormats()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite);
        var path = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(path, "just some notes");

        var exception = await Assert.ThrowsAsync<ImportFormatException>(() =>
            host.Importer.ImportFileAsync(path, null, null, null, CancellationToken.None));

        Assert.Contains("--format", exception.Message, StringComparison.Ordinal);
        Assert.Contains("openalex", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Fixture(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", folder, name);

    private string Gzip(string path, string name)
    {
        var target = Path.Combine(_folder, name);
        using var source = File.OpenRead(path);
        using var output = File.Create(target);
        using var gzip = new GZipStream(output, CompressionLevel.Fastest);
        source.CopyTo(gzip);
        return target;
    }
}
