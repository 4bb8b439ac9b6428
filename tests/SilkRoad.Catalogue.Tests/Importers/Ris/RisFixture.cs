using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Importers.Ris;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Tests.Importers.Ris;

internal static class RisFixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ris", name);

    public static async Task<List<ParseResult>> ReadAsync(string name)
    {
        await using var stream = File.OpenRead(PathOf(name));
        var results = new List<ParseResult>();
        await foreach (var result in new RisReader().ReadAsync(stream, name, CancellationToken.None)) results.Add(result);
        return results;
    }

    public static async Task<ResourceRecord> RecordAsync(string title)
    {
        var results = await ReadAsync("records.ris");
        return Assert.Single(results, r => r.Record?.Titles.Any(t => t.Text == title) == true).Record!; // Single proved it is not null
    }
}
