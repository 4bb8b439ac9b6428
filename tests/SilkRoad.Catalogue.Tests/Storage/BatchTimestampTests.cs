using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Tests.Storage;

public sealed class BatchTimestampTests
{
    private static readonly DateTime Last = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_batch_is_stamped_now_to_the_microsecond()
    {
        var now = Last.AddSeconds(5).AddTicks(7);

        Assert.Equal(Last.AddSeconds(5), ResourceBatchWriter.BatchTimestamp(now, Last));
    }

    [Fact]
    public void A_clock_behind_the_latest_stamp_still_stamps_after_it()
    {
        Assert.Equal(Last.AddTicks(10), ResourceBatchWriter.BatchTimestamp(Last.AddMinutes(-3), Last));
    }

    [Fact]
    public void A_clock_within_the_same_microsecond_stamps_after_it()
    {
        Assert.Equal(Last.AddTicks(10), ResourceBatchWriter.BatchTimestamp(Last.AddTicks(4), Last));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Each_batch_is_stamped_after_the_one_before(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider, batchSize: 1);
        await host.ImportAsync(
            new ResourceBuilder("s", "1").Titled("One", "en").Build(),
            new ResourceBuilder("s", "2").Titled("Two", "en").Build(),
            new ResourceBuilder("s", "3").Titled("Three", "en").Build());

        await using var context = host.Contexts.Create();
        var stamps = await context.Resources.OrderBy(r => r.Id).Select(r => r.UpdatedAt).ToListAsync();

        Assert.Equal(3, stamps.Distinct().Count());
        Assert.Equal(stamps.Order(), stamps);
    }
}
