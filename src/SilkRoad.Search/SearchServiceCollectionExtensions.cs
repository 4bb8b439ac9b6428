using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SilkRoad.Search.Indexing;
using SilkRoad.Search.Lucene;
using SilkRoad.Search.Translation;

namespace SilkRoad.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The search index (embedded Lucene.NET under <c>{DataPath}/index</c> unless <c>Search:IndexPath</c> says
    /// otherwise) and what keeps it in step with the store. Call after <c>AddCatalogue</c>.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .PostConfigure(o => o.IndexPath ??= Path.Combine(DataPath(configuration), "index"));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            var (sources, problems) = CrossLanguageSourcesLoader.Load(DataPath(configuration), options.CrossLanguage.DefaultVocabulary);
            var logger = sp.GetRequiredService<ILogger<CrossLanguageSources>>();
            foreach (var problem in problems) logger.LogWarning("Thesaurus: {Problem}", problem);
            return sources;
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new LuceneSearchIndex(options.IndexPath!, options, // IndexPath is set by PostConfigure above
                sp.GetRequiredService<ILogger<LuceneSearchIndex>>(), sp.GetRequiredService<CrossLanguageSources>());
        });
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        services.AddSingleton(sp => sp.GetRequiredService<LuceneSearchIndex>().ConceptFinder);
        services.AddSingleton<SearchIndexSynchronizer>();
        return services;
    }

    private static string DataPath(IConfiguration configuration) => configuration["DataPath"] is { Length: > 0 } data ? data : "data";
}
