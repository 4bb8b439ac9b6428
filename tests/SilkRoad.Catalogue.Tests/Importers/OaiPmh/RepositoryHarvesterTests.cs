using SilkRoad.Catalogue.Importers.OaiPmh;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Importers.OaiPmh;

public sealed class RepositoryHarvesterTests : IAsyncLifetime
{
    private OaiPmhTestRepository _repository = null!; // Started in InitializeAsync, before any test runs.

    public async Task InitializeAsync() => _repository = await OaiPmhTestRepository.StartAsync();

    public async Task DisposeAsync() => await _repository.DisposeAsync();

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task HarvestsEveryPageIntoTheStoreAndHarvestingAgainChangesNothing(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);

        var first = await host.Harvester.HarvestAsync(Request(), null, null, CancellationToken.None);
        var snapshot = await host.SnapshotAsync();
        var again = await host.Harvester.HarvestAsync(Request(), null, null, CancellationToken.None);

        Assert.Equal(3, first.Pages);
        Assert.True(first.Records.New > 0);
        Assert.Equal(0, again.Records.New + again.Records.Merged + again.Records.Updated);
        Assert.Equal(snapshot, await host.SnapshotAsync());
        // The second list starts on the day the first one began (day granularity is the one every repository takes).
        Assert.Equal(OaiPmhTestPages.FirstResponseDate[..10], _repository.Requests[3]["from"]);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AHarvestInterruptedMidListResumesFromItsLastCommittedPage(StorageProvider provider)
    {
        await using var clean = await CatalogueHost.StartAsync(provider);
        await clean.Harvester.HarvestAsync(Request(), null, null, CancellationToken.None);
        await using var host = await CatalogueHost.StartAsync(provider);
        _repository.GoAwayAfter(_repository.Requests.Count + 1);
        await Assert.ThrowsAnyAsync<Exception>(() => host.Harvester.HarvestAsync(Request(), null, null, CancellationToken.None));
        _repository.GoAwayAfter(null);

        var resumed = await host.Harvester.HarvestAsync(Request(), null, null, CancellationToken.None);

        Assert.True(resumed.Resumed);
        Assert.Equal(2, resumed.Pages);
        Assert.Equal(OaiPmhTestPages.SecondToken, _repository.Requests[^2]["resumptionToken"]);
        Assert.Equal(await clean.SnapshotAsync(), await host.SnapshotAsync());
    }

    private OaiPmhHarvestRequest Request() => new(_repository.BaseUrl) { Set = "eng" };
}
