using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Browsing;

public sealed class ResourceLookupTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task FindsAMergedResourceWithEachOfItsSources(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(
            new ResourceBuilder("b", "2").Titled("Ponts en béton", "fr").WithDoi("10.1000/bridge").In(2020).Build(),
            new ResourceBuilder("a", "1").Titled("Concrete bridges", "en").WithDoi("10.1000/bridge").In(2020).Build());
        var id = (await host.ResourcesAsync()).Single().Id;

        var details = await host.Lookup.FindAsync(id, CancellationToken.None);

        Assert.NotNull(details);
        Assert.False(details.Withdrawn);
        Assert.Equal(["fr", "en"], details.Document.Titles.Select(t => t.Language).Order().Reverse());
        Assert.Equal([("a", "1"), ("b", "2")], details.Sources.Select(s => (s.Source, s.RecordId)));
        Assert.All(details.Sources, s => Assert.Equal(DateTimeKind.Utc, s.ImportedAt.Kind));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AnUnknownIdFindsNothing(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);

        Assert.Null(await host.Lookup.FindAsync(12345, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AResourceWhoseOnlySourceWithdrewItIsFoundAsWithdrawn(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(new ResourceBuilder("oai", "x").Titled("Tunnel linings", "en").In(2018).Build());
        var id = (await host.ResourcesAsync()).Single().Id;
        await host.ImportAsync(ResourceBuilder.Deletion("oai", "x"));

        var details = await host.Lookup.FindAsync(id, CancellationToken.None);

        Assert.NotNull(details);
        Assert.True(details.Withdrawn);
    }
}
