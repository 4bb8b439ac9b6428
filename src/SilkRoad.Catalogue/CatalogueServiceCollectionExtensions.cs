using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Statistics;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue;

public static class CatalogueServiceCollectionExtensions
{
    /// <summary>
    /// The catalogue: store, importers, statistics. Reads <c>Storage</c>, <c>Import</c> and the top-level
    /// <c>DataPath</c> (default <c>data</c>) from <paramref name="configuration"/>; nothing is required.
    /// </summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .PostConfigure(o => o.DataPath = configuration["DataPath"] is { Length: > 0 } path ? path : o.DataPath);
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section));
        services.AddSingleton<SilkRoadDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<SilkRoadDbContextFactory>().Create());
        services.AddSingleton<StoreInitializer>();
        services.AddSingleton<LanguageDetector>();
        services.AddSingleton<LanguageTagger>();
        services.AddSingleton<IRecordReader, Importers.Bibtex.BibtexReader>();
        services.AddSingleton<IRecordReader, Importers.Crossref.CrossrefReader>();
        services.AddSingleton<IRecordReader, Importers.Csv.CsvReader>();
        services.AddSingleton<IRecordReader, Importers.Ris.RisReader>();
        services.AddSingleton<IRecordReader, Importers.OaiPmh.OaiDcReader>();
        services.AddSingleton<IRecordReader, Importers.OpenAlex.OpenAlexReader>();
        services.AddSingleton<RecordFormats>();
        services.AddOptions<Importers.OaiPmh.OaiPmhOptions>().Bind(configuration.GetSection(Importers.OaiPmh.OaiPmhOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Importers.OaiPmh.OaiPmhClient(OaiPmhHttpClient(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Importers.OaiPmh.OaiPmhOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Importers.OaiPmh.OaiPmhHarvester>();
        services.AddSingleton<Importers.OaiPmh.HarvestStateStore>();
        services.AddSingleton<Importers.OaiPmh.RepositoryHarvester>();
        services.AddSingleton<ResourceImporter>();
        services.AddSingleton<CatalogueStatistics>();
        services.AddSingleton<ResourceChangeFeed>();
        services.AddSingleton<Browsing.ResourceLookup>();
        return services;
    }

    private static HttpClient OaiPmhHttpClient()
    {
        var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("SilkRoad-Harvester/1.0");
        return client;
    }
}
