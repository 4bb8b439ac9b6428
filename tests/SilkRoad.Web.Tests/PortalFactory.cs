using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Search;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Web.Tests;

/// <summary>
/// The real host over its embedded default: SQLite and the Lucene index under a data folder. Without a folder given,
/// it makes one of its own and deletes it when disposed; a given folder is the caller's. A test that needs a
/// situation the demo catalogue cannot produce (a failing engine, millions of results) hands in a
/// <see cref="SearchIndex"/> test double, which then answers the searches instead of the real index.
/// </summary>
public sealed class PortalFactory(string? dataPath = null) : WebApplicationFactory<Program>
{
    // What a first start seeds (the demo catalogue, indexed, and the demo training base), seeded once per test run.
    private static readonly Lazy<Task<string>> SeededTemplate = new(SeedTemplateAsync);

    public string DataPath { get; } = dataPath ?? NewDataFolder();

    /// <summary>Whether disposing deletes <see cref="DataPath"/>: a folder of its own, not one the caller gave.</summary>
    public bool OwnsData { get; init; } = dataPath is null;

    public ISearchIndex? SearchIndex { get; init; }

    /// <summary>Configuration the host starts with, beside its data folder (e.g. <c>RateLimits:SignInPerMinute</c>).</summary>
    public IDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("silkroad-web-").FullName;

    /// <summary>
    /// A portal over a copy of what a first start seeds: the data folder of a host that seeded the demo data, copied
    /// whole (store, index, keys). A host started over it finds the store full and seeds nothing, as on a second
    /// start; seeding took seconds, a copy a fraction of one. Tests of seeding itself start from an empty folder.
    /// </summary>
    public static async Task<PortalFactory> SeededAsync()
    {
        var folder = NewDataFolder();
        CopySeededDataTo(folder, await SeededTemplate.Value);
        return new PortalFactory(folder) { OwnsData = true };
    }

    /// <summary>Fills an empty data folder with a copy of what a first start seeds (see <see cref="SeededAsync"/>).</summary>
    public static async Task CopySeededDataToAsync(string dataPath) => CopySeededDataTo(dataPath, await SeededTemplate.Value);

    private static void CopySeededDataTo(string dataPath, string template)
    {
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(dataPath, Path.GetRelativePath(template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!); // a file under the folder has a directory
            File.Copy(file, copy);
        }
    }

    // Deleted when the test process exits.
    private static async Task<string> SeedTemplateAsync()
    {
        var folder = NewDataFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteDataQuietly(folder);
        await using (var portal = new PortalFactory(folder))
        {
            _ = portal.Services; // starts the host, which seeds before it serves
            await portal.WaitUntilIndexedAsync();
            // The contributors are counted in the background from the start: done before the store is closed.
            await portal.Services.GetRequiredService<Web.Figures.ContributorCount>().WhenCountedAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the last connection closed: nothing left in a journal
        if (File.Exists(Path.Combine(folder, "silkroad.db-wal")))
            throw new InvalidOperationException("the seeded template still has a write-ahead log: a connection was left open");
        return folder;
    }

    private static void DeleteDataQuietly(string dataPath)
    {
        try
        {
            DeleteData(dataPath);
        }
        catch (IOException)
        {
            // The temp folder is the system's to clean then.
        }
    }

    public static void DeleteData(string dataPath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataPath, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataPath", DataPath);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (SearchIndex is { } index) builder.ConfigureTestServices(services => services.AddSingleton(index));
    }

    /// <summary>
    /// Waits until the real index holds every change of the store (the host's follower indexes it in the background,
    /// within about a second): the demo catalogue after a start, or what a test has just imported. With a test double
    /// answering searches there is nothing to wait for.
    /// </summary>
    public async Task WaitUntilIndexedAsync()
    {
        if (SearchIndex is not null) return;
        var index = Services.GetRequiredService<LuceneSearchIndex>();
        var feed = Services.GetRequiredService<ResourceChangeFeed>();
        var (changedAt, id) = await feed.LatestChangeAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((index.Watermark.ChangedAt, index.Watermark.ResourceId).CompareTo((changedAt, id)) < 0)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the index reached {index.Watermark}, not the store's latest change ({changedAt:O}, {id}), within 30 s");
            await Task.Delay(100);
        }
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
        if (OwnsData) DeleteData(DataPath);
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
