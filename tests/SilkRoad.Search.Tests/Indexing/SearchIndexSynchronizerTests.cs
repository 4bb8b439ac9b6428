using Microsoft.Extensions.Logging.Abstractions;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests;
using SilkRoad.Catalogue.Tests.Storage;
using SilkRoad.Search.Indexing;
using SilkRoad.Search.Lucene;
using SilkRoad.Search.Tests.Lucene;

namespace SilkRoad.Search.Tests.Indexing;

public sealed class SearchIndexSynchronizerTests
{
    private static SearchIndexSynchronizer Synchronizer(TestIndex index, CatalogueHost host) =>
        new(index.Index, host.ChangeFeed, NullLogger<SearchIndexSynchronizer>.Instance);

    private static async Task<long> CountAsync(TestIndex index, string query) => (await index.SearchAsync(query)).Total;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task What_is_imported_becomes_searchable_and_only_changes_are_indexed_again(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        using var index = new TestIndex();
        var synchronizer = Synchronizer(index, host);
        await host.ImportAsync(
            new ResourceBuilder("s", "1").Titled("Wind turbine blade fatigue", "en").Build(),
            new ResourceBuilder("s", "2").Titled("Concrete bridge inspection", "en").Build());

        Assert.Equal(2, await synchronizer.SynchronizeAsync(CancellationToken.None));
        Assert.Equal(1, await CountAsync(index, "turbine"));
        Assert.Equal(0, await synchronizer.SynchronizeAsync(CancellationToken.None));

        await host.ImportAsync(new ResourceBuilder("s", "2").Titled("Steel bridge inspection", "en").Build());

        Assert.Equal(1, await synchronizer.SynchronizeAsync(CancellationToken.None));
        Assert.Equal(1, await CountAsync(index, "steel"));
        Assert.Equal(0, await CountAsync(index, "concrete"));
        Assert.Equal(2, index.Index.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_withdrawn_resource_leaves_the_index_at_the_next_synchronisation(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        using var index = new TestIndex();
        var synchronizer = Synchronizer(index, host);
        await host.ImportAsync(new ResourceBuilder("s", "1").Titled("Wind turbine blade fatigue", "en").Build());
        await synchronizer.SynchronizeAsync(CancellationToken.None);

        await host.ImportAsync(ResourceBuilder.Deletion("s", "1"));
        await synchronizer.SynchronizeAsync(CancellationToken.None);

        Assert.Equal(0, await CountAsync(index, "turbine"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_rebuild_makes_the_same_index_from_the_store(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider, batchSize: 7);
        using var index = new TestIndex();
        var synchronizer = Synchronizer(index, host);
        var records = Enumerable.Range(1, 50)
            .Select(i => new ResourceBuilder("s", i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Titled($"Hydropower study {i}", "en").Build())
            .ToArray();
        await host.ImportAsync(records);
        await host.ImportAsync(ResourceBuilder.Deletion("s", "3"));
        // Something stale that the store does not hold: a rebuild must not keep it.
        await index.AddAsync(new IndexedResourceBuilder(9999).Titled("Hydropower ghost"));

        await synchronizer.RebuildAsync(null, CancellationToken.None);

        Assert.Equal(49, await CountAsync(index, "hydropower"));
        Assert.Equal(0, await synchronizer.SynchronizeAsync(CancellationToken.None));
    }

    // Bug: cancelled while a synchronisation ran, FollowAsync threw OperationCanceledException, where cancelled
    // between two it returns; Following_makes_an_import_searchable_within_a_second failed now and then on it.
    [Fact]
    public async Task Following_ends_quietly_when_cancelled_during_a_synchronisation()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite);
        using var index = new TestIndex();
        await host.ImportAsync(new ResourceBuilder("s", "1").Titled("Geothermal heat pumps", "en").Build());
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        await Synchronizer(index, host).FollowAsync(TimeSpan.FromMilliseconds(100), compactWhenQuiet: false, stop.Token);

        Assert.Equal(0, index.Index.Count);
    }

    [Fact]
    public async Task An_index_is_compacted_once_a_burst_of_indexing_reaches_the_threshold()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite);
        using var index = new TestIndex(searchThreads: 1);
        var synchronizer = new SearchIndexSynchronizer(index.Index, host.ChangeFeed, NullLogger<SearchIndexSynchronizer>.Instance)
        {
            CompactAfter = 30,
        };
        // Three imports, each synchronised: three commits, as many segments at least.
        for (var batch = 0; batch < 3; batch++)
        {
            await host.ImportAsync(Studies(batch * 10 + 1, 10));
            await synchronizer.SynchronizeAsync(CancellationToken.None);
            if (batch < 2) Assert.False(await synchronizer.CompactIfDueAsync(CancellationToken.None));
        }
        Assert.True(index.Index.SegmentCount >= 3);

        Assert.True(await synchronizer.CompactIfDueAsync(CancellationToken.None));

        Assert.Equal(1, index.Index.SegmentCount);
        Assert.Equal(30, await CountAsync(index, "hydropower"));
        // Counted again from nothing.
        Assert.False(await synchronizer.CompactIfDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Following_compacts_the_index_when_the_changes_pause()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite);
        using var index = new TestIndex(searchThreads: 1);
        await index.AddAsync(new IndexedResourceBuilder(9000).Titled("Tidal turbine"));
        using var stop = new CancellationTokenSource();
        // Due only once all three batches are indexed: a pause between two batches (a slow import on a loaded
        // machine) must not compact the first two and leave the third in a segment of its own.
        var following = new SearchIndexSynchronizer(index.Index, host.ChangeFeed, NullLogger<SearchIndexSynchronizer>.Instance)
        {
            CompactAfter = 30,
        }.FollowAsync(TimeSpan.FromMilliseconds(100), compactWhenQuiet: true, stop.Token);

        for (var batch = 0; batch < 3; batch++)
        {
            await host.ImportAsync(Studies(batch * 10 + 1, 10));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await CountAsync(index, "hydropower") < (batch + 1) * 10 && DateTime.UtcNow < deadline) await Task.Delay(20);
            if (batch < 2) Assert.True(index.Index.SegmentCount > 1); // not compacted yet
        }
        var compacted = DateTime.UtcNow.AddSeconds(30);
        while (index.Index.SegmentCount > 1 && DateTime.UtcNow < compacted) await Task.Delay(50);

        Assert.Equal(1, index.Index.SegmentCount);
        Assert.Equal(31, index.Index.Count);
        await stop.CancelAsync();
        await following;
    }

    private static Catalogue.Resources.ResourceRecord[] Studies(int first, int count) => Enumerable.Range(first, count)
        .Select(i => new ResourceBuilder("s", i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Titled($"Hydropower study {i}", "en").Build())
        .ToArray();

    // Bug: closing the index committed the half-done rebuild under the old watermark, so the index stayed nearly
    // empty and the next synchronisation, finding nothing changed, did not refill it.
    [Fact]
    public async Task An_interrupted_rebuild_leaves_the_index_as_it_was_before()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite);
        var records = Enumerable.Range(1, 1_010)
            .Select(i => new ResourceBuilder("s", i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Titled($"Hydropower study {i}", "en").Build())
            .ToArray();
        await host.ImportAsync(records);
        using var index = new TestIndex();
        await Synchronizer(index, host).SynchronizeAsync(CancellationToken.None);
        using var interrupt = new CancellationTokenSource();

        // Interrupted after the first of two batches of the rebuild, as Ctrl+C would.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Synchronizer(index, host)
            .RebuildAsync(new CancelOnReport(interrupt), interrupt.Token));
        index.Index.Dispose();

        using var reopened = new LuceneSearchIndex(index.Path, new SearchOptions());
        await new SearchIndexSynchronizer(reopened, host.ChangeFeed, NullLogger<SearchIndexSynchronizer>.Instance)
            .SynchronizeAsync(CancellationToken.None);

        Assert.Equal(1_010, reopened.Count);
    }

    private sealed class CancelOnReport(CancellationTokenSource source) : IProgress<long>
    {
        public void Report(long value) => source.Cancel();
    }

    [Fact]
    public async Task Following_makes_an_import_searchable_within_a_second()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite);
        using var index = new TestIndex();
        using var stop = new CancellationTokenSource();
        var following = Synchronizer(index, host).FollowAsync(TimeSpan.FromMilliseconds(100), compactWhenQuiet: false, stop.Token);

        await host.ImportAsync(new ResourceBuilder("s", "1").Titled("Geothermal heat pumps", "en").Build());
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (await CountAsync(index, "geothermal") == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);

        Assert.Equal(1, await CountAsync(index, "geothermal"));
        await stop.CancelAsync();
        await following;
    }
}
