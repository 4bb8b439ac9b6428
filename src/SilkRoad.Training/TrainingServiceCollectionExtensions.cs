using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>
    /// The training base, stored in the catalogue's database: call after <c>AddCatalogue</c>, whose
    /// <c>StorageOptions</c> it shares.
    /// </summary>
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddSingleton<TrainingDbContextFactory>();
        services.AddSingleton<TrainingStoreInitializer>();
        services.AddSingleton<TrainingDemoSeeder>();
        return services;
    }
}
