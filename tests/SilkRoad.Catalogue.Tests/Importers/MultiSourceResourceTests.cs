using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Importers;

// Bug: a resource made of several sources only ever grew: a source's correction or withdrawal left its old values.
public sealed class MultiSourceResourceTests
{
    private const string Doi = "10.5555/multi.source.1";

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ACorrectedSourceReplacesWhatItBroughtToAMergedResource(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(Crossref("Hydropower cascade optimisation in the Mekong basin, draft"));
        await host.ImportAsync(OpenAlex());

        var summary = await host.ImportAsync(Crossref("Hydropower cascade optimisation in the Mekong basin"));

        Assert.Equal(1, summary.Updated);
        var resource = Assert.Single(await host.ResourcesAsync());
        Assert.Equal("Hydropower cascade optimisation in the Mekong basin", resource.Document.Titles.Single(t => t.Language == "en").Text);
        Assert.Equal("湄公河流域梯级水电优化", resource.Document.Titles.Single(t => t.Language == "zh").Text);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AWithdrawnSourceTakesItsValuesWithItAndTheRestStays(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(Crossref("Hydropower cascade optimisation in the Mekong basin"), OpenAlex());

        await host.ImportAsync(ResourceBuilder.Deletion("openalex", "W4400000001"));

        var resource = Assert.Single(await host.ResourcesAsync());
        Assert.Equal(["en"], resource.Document.Titles.Select(t => t.Language));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task TheSameHappensWhenEverythingArrivesInOneBatch(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);

        await host.ImportAsync(
            Crossref("Hydropower cascade optimisation in the Mekong basin, draft"),
            OpenAlex(),
            Crossref("Hydropower cascade optimisation in the Mekong basin"));

        var resource = Assert.Single(await host.ResourcesAsync());
        Assert.Equal("Hydropower cascade optimisation in the Mekong basin", resource.Document.Titles.Single(t => t.Language == "en").Text);
        Assert.Contains(resource.Document.Titles, t => t.Language == "zh");
    }

    private static Resources.ResourceRecord Crossref(string title) =>
        new ResourceBuilder("crossref", Doi).Titled(title, "en").WithDoi(Doi).By("Nguyen Van An").In(2021).Build();

    private static Resources.ResourceRecord OpenAlex() =>
        new ResourceBuilder("openalex", "W4400000001").Titled("湄公河流域梯级水电优化", "zh").WithDoi(Doi).In(2021).Build();
}
