using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Statistics;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Tests.Storage;

/// <summary>The catalogue's services, wired as the hosts wire them, over a fresh <see cref="TestStore"/>.</summary>
public sealed class CatalogueHost : IAsyncDisposable
{
    private readonly TestStore _store;
    private readonly ServiceProvider _services;

    private CatalogueHost(TestStore store, int batchSize)
    {
        _store = store;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataPath"] = store.DataPath,
            ["Storage:Provider"] = store.Options.Provider.ToString(),
            ["Storage:ConnectionString"] = store.Options.ConnectionString,
            ["Import:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // A refused harvest request fails at once instead of waiting to retry.
            ["OaiPmh:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection().AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddCatalogue(configuration);
        _services = services.BuildServiceProvider();
    }

    public ResourceImporter Importer => _services.GetRequiredService<ResourceImporter>();

    public Catalogue.Importers.OaiPmh.RepositoryHarvester Harvester => _services.GetRequiredService<Catalogue.Importers.OaiPmh.RepositoryHarvester>();

    public CatalogueStatistics Statistics => _services.GetRequiredService<CatalogueStatistics>();

    public Catalogue.Browsing.ResourceLookup Lookup => _services.GetRequiredService<Catalogue.Browsing.ResourceLookup>();

    public SilkRoadDbContextFactory Contexts => _services.GetRequiredService<SilkRoadDbContextFactory>();

    public ResourceChangeFeed ChangeFeed => _services.GetRequiredService<ResourceChangeFeed>();

    public string DataPath => _store.DataPath;

    public static async Task<CatalogueHost> StartAsync(StorageProvider provider, int batchSize = 1000) =>
        new(await TestStore.CreateAsync(provider), batchSize);

    public Task<ImportSummary> ImportAsync(params ResourceRecord[] records) =>
        Importer.ImportAsync(ResourceBuilder.Stream(records.Select(ParseResult.Ok).ToArray()), null, "test", null, null, CancellationToken.None);

    /// <summary>The live resources with their documents, by id.</summary>
    public async Task<List<(long Id, ResourceDocument Document)>> ResourcesAsync()
    {
        await using var context = Contexts.Create();
        var rows = await context.Resources.Where(r => r.DeletedAt == null).OrderBy(r => r.Id).ToListAsync();
        return rows.Select(r => (r.Id, ResourceDocument.FromJson(r.Document))).ToList();
    }

    /// <summary>Everything the store holds about resources, as text: two stores with equal snapshots hold the same.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var context = Contexts.Create();
        var resources = await context.Resources.OrderBy(r => r.Id)
            .Select(r => $"{r.Id}|{r.Type}|{r.Year}|{r.Title}|{r.Languages}|{r.Document}|{r.DeletedAt != null}").ToListAsync();
        var keys = await context.ResourceKeys.OrderBy(k => k.Key).Select(k => $"{k.Key}>{k.ResourceId}").ToListAsync();
        var sources = await context.ResourceSources.OrderBy(s => s.Source).ThenBy(s => s.RecordId)
            .Select(s => $"{s.Source}/{s.RecordId}>{s.ResourceId}:{s.Fingerprint}").ToListAsync();
        return string.Join('\n', resources.Concat(keys).Concat(sources));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _store.DisposeAsync();
    }
}
