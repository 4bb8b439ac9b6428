using SilkRoad.Catalogue.Importers.Ris;

namespace SilkRoad.Catalogue.Tests.Importers.Ris;

public sealed class RisBrokenRecordTests
{
    [Fact]
    public async Task GoodRecordsAroundBrokenOnesStillComeThrough()
    {
        var results = await RisFixture.ReadAsync("broken.ris");

        Assert.Equal(["good-1", "good-3", "good-5"],
            results.Where(r => r.Record is not null).Select(r => r.Record!.SourceRecordId));
    }

    [Fact]
    public async Task ReportsEachBrokenRecordAtTheLineWhereItStarts()
    {
        var results = await RisFixture.ReadAsync("broken.ris");

        Assert.Equal([8L, 16L, 28L], results.Where(r => r.Error is not null).Select(r => r.Error!.Position));
        Assert.All(results.Where(r => r.Error is not null), r => Assert.Equal("broken.ris", r.Error!.File));
    }

    [Fact]
    public async Task ReportsARecordWithoutErBeforeTheNextTy()
    {
        var results = await RisFixture.ReadAsync("broken.ris");

        Assert.Equal("record not closed: no ER before the next TY (line 11)",
            Assert.Single(results, r => r.Error?.Position == 8).Error!.Reason);
    }

    [Fact]
    public async Task ReportsARecordWithoutTitle()
    {
        var results = await RisFixture.ReadAsync("broken.ris");

        Assert.Equal("no title", Assert.Single(results, r => r.Error?.Position == 16).Error!.Reason);
    }

    [Fact]
    public async Task ReportsARecordWithoutErAtTheEndOfTheFile()
    {
        var results = await RisFixture.ReadAsync("broken.ris");

        Assert.Equal("record not closed: no ER before the end of the file",
            Assert.Single(results, r => r.Error?.Position == 28).Error!.Reason);
    }

    [Fact]
    public async Task IgnoresStrayLinesOutsideRecords()
    {
        var results = await RisFixture.ReadAsync("broken.ris");

        Assert.Equal(6, results.Count);
        Assert.Empty(results.Single(r => r.Record?.SourceRecordId == "good-5").Record!.Contributors);
    }

    [Fact]
    public async Task YieldsARecordBeforeReadingTheRestOfTheStream()
    {
        await using var stream = new FailingTailStream("TY  - JOUR\nID  - s1\nTI  - Streamed\nER  - \n");
        await using var records = new RisReader().ReadAsync(stream, "stream.ris", CancellationToken.None)
            .GetAsyncEnumerator();

        Assert.True(await records.MoveNextAsync());
        Assert.Equal("s1", records.Current.Record?.SourceRecordId);
        await Assert.ThrowsAsync<IOException>(async () => await records.MoveNextAsync());
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        await using var stream = File.OpenRead(RisFixture.PathOf("records.ris"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new RisReader().ReadAsync(stream, "records.ris", cancellation.Token)) { }
        });
    }
}
