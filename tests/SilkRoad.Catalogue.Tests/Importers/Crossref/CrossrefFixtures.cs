using System.Text;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Importers.Crossref;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Tests.Importers.Crossref;

internal static class CrossrefFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "crossref", name);

    public static async Task<List<ParseResult>> ReadAsync(string name, int maxChunk = int.MaxValue)
    {
        await using var stream = ChunkedStream.FromFile(PathOf(name), maxChunk);
        return await ReadAsync(stream, name);
    }

    public static async Task<List<ParseResult>> ReadTextAsync(string json, string fileName = "inline.json")
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await ReadAsync(stream, fileName);
    }

    public static async Task<List<ParseResult>> ReadAsync(Stream stream, string fileName)
    {
        var results = new List<ParseResult>();
        await foreach (var result in new CrossrefReader().ReadAsync(stream, fileName, CancellationToken.None))
            results.Add(result);
        return results;
    }

    public static async Task<ResourceRecord> RecordAsync(string name, string doi)
    {
        var results = await ReadAsync(name);
        return results.Select(r => r.Record).OfType<ResourceRecord>().Single(r => r.SourceRecordId == doi);
    }

    public static List<string> Dois(this IEnumerable<ParseResult> results) =>
        results.Select(r => r.Record?.SourceRecordId).OfType<string>().ToList();

    public static List<ImportError> Errors(this IEnumerable<ParseResult> results) =>
        results.Select(r => r.Error).OfType<ImportError>().ToList();
}
