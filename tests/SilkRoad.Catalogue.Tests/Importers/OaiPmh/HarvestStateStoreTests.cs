using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Importers.OaiPmh;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Importers.OaiPmh;

public sealed class HarvestStateStoreTests : IAsyncLifetime
{
    private OaiPmhTestRepository _repository = null!; // Started in InitializeAsync, before any test runs.

    public async Task InitializeAsync() => _repository = await OaiPmhTestRepository.StartAsync();

    public async Task DisposeAsync() => await _repository.DisposeAsync();

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task SavesTheTokenAndTheListsFromAfterEachPage(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);

        await states.SavePageAsync(Request(), new HarvestPage([], "token-1", "2024-05-01T10:00:00Z"), CancellationToken.None);
        await states.SavePageAsync(Request(), new HarvestPage([], "token-2", "2024-05-01T10:00:05Z"), CancellationToken.None);

        var state = await states.LoadAsync(Request(), CancellationToken.None);
        Assert.NotNull(state);
        Assert.Equal(("token-2", "2024-01-01", (string?)null), (state.ResumptionToken, state.ListFrom, state.CompletedUntil));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CompletingClearsTheTokenAndSetsCompletedUntilToTheListsFirstResponseDate(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);

        await foreach (var page in Harvester().HarvestAsync(Request(), CancellationToken.None))
            await states.SavePageAsync(Request(), page, CancellationToken.None);

        var state = await states.LoadAsync(Request(), CancellationToken.None);
        Assert.NotNull(state);
        Assert.Equal(((string?)null, (string?)null, OaiPmhTestPages.FirstResponseDate),
            (state.ResumptionToken, state.ListFrom, state.CompletedUntil));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task StartsTheNextHarvestOnTheDayTheLastListBegan(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);
        await foreach (var page in Harvester().HarvestAsync(Request(), CancellationToken.None))
            await states.SavePageAsync(Request(), page, CancellationToken.None);

        var next = await states.NextRequestAsync(Request() with { From = null }, CancellationToken.None);

        // Day granularity: every repository accepts it, not every one seconds (OAI-PMH 2.0 §3.3.1).
        Assert.Equal((OaiPmhTestPages.FirstResponseDate[..10], (string?)null), (next.From, next.ResumptionToken));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ResumesAnInterruptedHarvestFromTheSavedToken(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);
        await foreach (var page in Harvester().HarvestAsync(Request(), CancellationToken.None))
        {
            await states.SavePageAsync(Request(), page, CancellationToken.None);
            break; // The run dies after committing its first page.
        }

        var resumed = await states.NextRequestAsync(Request() with { From = null }, CancellationToken.None);
        var ids = new List<string?>();
        await foreach (var page in Harvester().HarvestAsync(resumed, CancellationToken.None))
        {
            ids.AddRange(page.Records.Select(r => r.Record?.SourceRecordId));
            await states.SavePageAsync(resumed, page, CancellationToken.None);
        }

        Assert.Equal((OaiPmhTestPages.SecondToken, "2024-01-01"), (resumed.ResumptionToken, resumed.From));
        Assert.Equal(["oai:repo.test:3", "oai:repo.test:4", "oai:repo.test:5", "oai:repo.test:6"], ids);
        Assert.Equal(2, _repository.Requests[1].Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CompletesAResumedListAtItsFromSinceItsFirstResponseDateIsUnknown(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);
        var resumed = Request() with { ResumptionToken = OaiPmhTestPages.ThirdToken };

        await foreach (var page in Harvester().HarvestAsync(resumed, CancellationToken.None))
            await states.SavePageAsync(resumed, page, CancellationToken.None);

        var state = await states.LoadAsync(Request(), CancellationToken.None);
        Assert.Equal("2024-01-01", state?.CompletedUntil);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CompletesAHarvestWithNoRecordsMatchAtItsResponseDate(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);
        var empty = Request() with { Set = "empty" };

        await foreach (var page in Harvester().HarvestAsync(empty, CancellationToken.None))
            await states.SavePageAsync(empty, page, CancellationToken.None);

        var state = await states.LoadAsync(empty, CancellationToken.None);
        Assert.Equal("2024-05-01T11:00:00Z", state?.CompletedUntil);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task KeepsOneStatePerBaseUrlSetAndPrefix(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);

        await states.SavePageAsync(Request(), new HarvestPage([], "eng-token", null), CancellationToken.None);
        await states.SavePageAsync(Request() with { Set = "phys" }, new HarvestPage([], "phys-token", null), CancellationToken.None);

        Assert.Equal("eng-token", (await states.LoadAsync(Request(), CancellationToken.None))?.ResumptionToken);
        Assert.Equal("phys-token", (await states.LoadAsync(Request() with { Set = "phys" }, CancellationToken.None))?.ResumptionToken);
        Assert.Null(await states.LoadAsync(Request() with { MetadataPrefix = "oai_datacite" }, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AbandoningAListRestartsItFromItsFrom(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);
        await states.SavePageAsync(Request(), new HarvestPage([], "expired-token", null), CancellationToken.None);

        await states.AbandonListAsync(Request(), CancellationToken.None);
        var next = await states.NextRequestAsync(Request() with { From = null }, CancellationToken.None);

        Assert.Equal(((string?)null, "2024-01-01"), (next.ResumptionToken, next.From));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task StagesAPageInTheCallersTransaction(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var states = new HarvestStateStore(store.Contexts);

        await using (var context = store.Contexts.Create())
        {
            await states.StagePageAsync(context, Request(), new HarvestPage([], "staged-token", null), CancellationToken.None);
            Assert.Null(await states.LoadAsync(Request(), CancellationToken.None));
            await context.SaveChangesAsync();
        }

        Assert.Equal("staged-token", (await states.LoadAsync(Request(), CancellationToken.None))?.ResumptionToken);
    }

    private OaiPmhHarvestRequest Request() => new(_repository.BaseUrl) { Set = "eng", From = "2024-01-01" };

    private OaiPmhHarvester Harvester() =>
        new(new OaiPmhClient(_repository.Http, Options.Create(new OaiPmhOptions()), new ImmediateTimeProvider()));
}
