using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SilkRoad.Accounts;
using SilkRoad.Accounts.Storage;
using SilkRoad.Catalogue;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Search;
using SilkRoad.Training;
using SilkRoad.Training.Storage;

namespace SilkRoad.Cli;

/// <summary>
/// The services a command uses, configured as the web host is: <c>appsettings.json</c> beside the binary, then
/// environment variables (<c>Storage__Provider=Postgres</c>), then <c>--data</c> as <c>DataPath</c>.
/// </summary>
internal static class CliHost
{
    public static async Task<ServiceProvider> StartAsync(string dataPath, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataPath"] = dataPath })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            // Logs go to stderr: stdout carries what a command produces (a TREC run, JSON).
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter(null, LogLevel.Warning)
            // Each rejected record is printed by the import command itself.
            .AddFilter(typeof(ResourceImporter).FullName, LogLevel.Error)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error));
        services.AddCatalogue(configuration);
        services.AddSearch(configuration);
        services.AddTraining();
        services.AddAccounts(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
        await provider.GetRequiredService<TrainingStoreInitializer>().InitializeAsync(cancellationToken);
        await provider.GetRequiredService<AccountsStoreInitializer>().InitializeAsync(cancellationToken);
        return provider;
    }
}
