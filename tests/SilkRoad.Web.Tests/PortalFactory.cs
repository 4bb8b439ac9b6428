using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Search;

namespace SilkRoad.Web.Tests;

/// <summary>
/// The real host over its embedded default: SQLite under a data folder. Without a folder given, it makes one of its
/// own and deletes it when disposed; a given folder is the caller's. The search engine is not part of this host yet:
/// a test that needs one hands in a <see cref="SearchIndex"/> (a test double), which the host then uses.
/// </summary>
public sealed class PortalFactory(string? dataPath = null) : WebApplicationFactory<Program>
{
    private readonly bool _ownsData = dataPath is null;

    public string DataPath { get; } = dataPath ?? NewDataFolder();

    public ISearchIndex? SearchIndex { get; init; }

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("silkroad-web-").FullName;

    public static void DeleteData(string dataPath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataPath, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataPath", DataPath);
        if (SearchIndex is { } index) builder.ConfigureTestServices(services => services.AddSingleton(index));
    }

    /// <summary>Imports records through the catalogue's importer, as a file import would.</summary>
    public async Task ImportAsync(params ResourceRecord[] records)
    {
        var importer = Services.GetRequiredService<ResourceImporter>();
        await importer.ImportAsync(Stream(records), null, "test", null, null, CancellationToken.None);
    }

    /// <summary>The id of the resource that holds a DOI.</summary>
    public async Task<long> ResourceIdAsync(string doi)
    {
        await using var context = Services.GetRequiredService<SilkRoadDbContextFactory>().Create();
        var key = "doi:" + doi.ToLowerInvariant();
        return await context.ResourceKeys.Where(k => k.Key == key).Select(k => k.ResourceId).SingleAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsData) DeleteData(DataPath);
    }

    private static async IAsyncEnumerable<ParseResult> Stream(ResourceRecord[] records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return ParseResult.Ok(record);
        }
    }
}
