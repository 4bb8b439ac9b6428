using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SilkRoad.Accounts.Storage;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Storage;

namespace SilkRoad.Web.Startup;

/// <summary>
/// Before the host serves: brings the store's schema up to date (the catalogue's, the training base's, the accounts')
/// and, on a first start, seeds the demo data: the catalogue (six languages, every resource type) through the ordinary
/// CSV importer when it is empty, and the demo training base when it is empty.
/// </summary>
internal sealed partial class StoreStartup(
    StoreInitializer initializer,
    TrainingStoreInitializer trainingInitializer,
    AccountsStoreInitializer accounts,
    SilkRoadDbContextFactory contexts,
    ResourceImporter importer,
    RecordFormats formats,
    TrainingDemoSeeder trainingSeeder,
    IOptions<DemoDataOptions> demo,
    ILogger<StoreStartup> logger) : IHostedService
{
    private const string DemoResource = "SilkRoad.Web.DemoData.demo-resources.csv";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        await trainingInitializer.InitializeAsync(cancellationToken);
        await accounts.InitializeAsync(cancellationToken);
        if (!demo.Value.SeedWhenEmpty) return;
        await SeedCatalogueAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        if (await trainingSeeder.SeedWhenEmptyAsync(cancellationToken)) TrainingSeeded(logger, watch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedCatalogueAsync(CancellationToken cancellationToken)
    {
        await using (var context = contexts.Create())
        {
            if (await context.Resources.AnyAsync(cancellationToken)) return;
        }
        await using var stream = typeof(StoreStartup).Assembly.GetManifestResourceStream(DemoResource)
            ?? throw new InvalidOperationException($"The demo data resource {DemoResource} is missing from the build.");
        var summary = await importer.ImportAsync(formats.Get("csv").ReadAsync(stream, "demo-resources.csv", cancellationToken),
            null, "demo-resources.csv", null, null, cancellationToken);
        DemoSeeded(logger, summary);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo catalogue: {Summary}")]
    private static partial void DemoSeeded(ILogger logger, ImportSummary summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo training base in {Milliseconds} ms")]
    private static partial void TrainingSeeded(ILogger logger, long milliseconds);
}
