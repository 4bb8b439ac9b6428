using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SilkRoad.Search;

public static class SearchServiceCollectionExtensions
{
    // A placeholder so that hosts can call it now: the Lucene index registers ISearchIndex here when it lands.
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration) => services;
}
