using System.Text;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;
using CsvRecordReader = SilkRoad.Catalogue.Importers.Csv.CsvReader;

namespace SilkRoad.Catalogue.Tests.Importers.Csv;

internal static class CsvFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "csv", name);

    public static async Task<List<ParseResult>> ReadAsync(string name, int maxChunk = int.MaxValue)
    {
        await using var stream = ChunkedStream.FromFile(PathOf(name), maxChunk);
        return await ReadAsync(stream, name);
    }

    public static async Task<List<ParseResult>> ReadTextAsync(string csv, string fileName = "inline.csv")
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await ReadAsync(stream, fileName);
    }

    public static async Task<List<ParseResult>> ReadAsync(Stream stream, string fileName)
    {
        var results = new List<ParseResult>();
        await foreach (var result in new CsvRecordReader().ReadAsync(stream, fileName, CancellationToken.None))
            results.Add(result);
        return results;
    }

    public static async Task<ResourceRecord> RowAsync(string id)
    {
        var results = await ReadAsync("resources.csv");
        return results.Select(r => r.Record).OfType<ResourceRecord>().Single(r => r.SourceRecordId == id);
    }

    public static async Task<ImportError> ErrorAtLineAsync(long line)
    {
        var results = await ReadAsync("resources.csv");
        return results.Select(r => r.Error).OfType<ImportError>().Single(e => e.Position == line);
    }
}
