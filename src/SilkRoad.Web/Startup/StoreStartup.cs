using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SilkRoad.Accounts.Storage;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Web.Startup;

/// <summary>
/// Before the host serves: brings the store's schema (catalogue, then accounts) up to date and, on a first start with an empty store, imports
/// the demo catalogue (six languages, every resource type) through the ordinary CSV importer.
/// </summary>
internal sealed partial class StoreStartup(
    StoreInitializer initializer,
    AccountsStoreInitializer accounts,
    SilkRoadDbContextFactory contexts,
    ResourceImporter importer,
    RecordFormats formats,
    IOptions<DemoDataOptions> demo,
    ILogger<StoreStartup> logger) : IHostedService
{
    private const string DemoResource = "SilkRoad.Web.DemoData.demo-resources.csv";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        await accounts.InitializeAsync(cancellationToken);
        if (!demo.Value.SeedWhenEmpty) return;
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo catalogue: {Summary}")]
    private static partial void DemoSeeded(ILogger logger, ImportSummary summary);
}
