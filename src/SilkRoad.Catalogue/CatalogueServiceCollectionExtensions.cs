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
        services.AddSingleton<RecordFormats>();
        services.AddSingleton<ResourceImporter>();
        services.AddSingleton<CatalogueStatistics>();
        return services;
    }
}
