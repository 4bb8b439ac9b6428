using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Importers.Bibtex;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Tests.Importers.Bibtex;

internal static class BibtexFixture
{
    public static async Task<List<ParseResult>> ReadAsync(string name)
    {
        await using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bibtex", name));
        return await ReadAsync(stream, name);
    }

    public static async Task<List<ParseResult>> ReadAsync(Stream stream, string name)
    {
        var results = new List<ParseResult>();
        await foreach (var result in new BibtexReader().ReadAsync(stream, name, CancellationToken.None)) results.Add(result);
        return results;
    }

    public static async Task<ResourceRecord> RecordAsync(string key)
    {
        var results = await ReadAsync("references.bib");
        return Assert.Single(results, r => r.Record?.SourceRecordId == key).Record!; // Single proved it is not null
    }
}
