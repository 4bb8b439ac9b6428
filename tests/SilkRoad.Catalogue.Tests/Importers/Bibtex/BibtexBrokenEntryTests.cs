using System.Text;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Importers.Bibtex;

namespace SilkRoad.Catalogue.Tests.Importers.Bibtex;

public sealed class BibtexBrokenEntryTests
{
    [Fact]
    public async Task GoodEntriesAroundBrokenOnesStillComeThrough()
    {
        var results = await BibtexFixture.ReadAsync("broken.bib");

        Assert.Equal(["good2000", "good2004", "good2006", "good2007"],
            results.Where(r => r.Record is not null).Select(r => r.Record!.SourceRecordId));
    }

    [Fact]
    public async Task ReportsEachBrokenEntryAtTheLineWhereItStarts()
    {
        var results = await BibtexFixture.ReadAsync("broken.bib");

        Assert.Equal([8L, 12L, 17L, 27L, 33L], results.Where(r => r.Error is not null).Select(r => r.Error!.Position));
        Assert.All(results.Where(r => r.Error is not null), r => Assert.Equal("broken.bib", r.Error!.File));
        Assert.All(results.Where(r => r.Error is not null), r => Assert.Equal("line", r.Error!.PositionKind));
    }

    [Fact]
    public async Task ReportsAMissingKey() => Assert.Equal("missing key", (await ErrorAtAsync(8)).Reason);

    [Fact]
    public async Task ReportsAMissingTitle() => Assert.Equal("no title", (await ErrorAtAsync(12)).Reason);

    [Fact]
    public async Task ReportsUnbalancedBracesWhenTheNextEntryStarts() =>
        Assert.StartsWith("unbalanced braces", (await ErrorAtAsync(17)).Reason, StringComparison.Ordinal);

    [Fact]
    public async Task ReportsAFieldWithoutEqualsSignWithItsOwnLine() =>
        Assert.Equal("expected '=' after the field 'title' (line 28)", (await ErrorAtAsync(27)).Reason);

    [Fact]
    public async Task ReportsAnEntryLeftOpenAtTheEndOfTheFile() =>
        Assert.Contains("end of the file", (await ErrorAtAsync(33)).Reason, StringComparison.Ordinal);

    [Fact]
    public async Task KeepsResultsInFileOrder()
    {
        var results = await BibtexFixture.ReadAsync("broken.bib");

        Assert.Equal(
            ["good2000", "8", "12", "17", "good2004", "27", "good2006", "good2007", "33"],
            results.Select(r => r.Record?.SourceRecordId ?? r.Error!.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task GivesUpOnAnEntryThatNeverClosesWithinTheLengthLimitAndResumesAtTheNextEntry()
    {
        var text = new StringBuilder("@article{huge,\n  title = {Never closed\n");
        var line = new string('x', 999) + "\n";
        while (text.Length <= BibtexEntryScanner.MaxEntryLength) text.Append(line);
        text.Append("@misc{after, title = {After the huge one}}\n");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));

        var results = await BibtexFixture.ReadAsync(stream, "huge.bib");

        Assert.Equal(1L, results[0].Error?.Position);
        Assert.Equal("after", results[1].Record?.SourceRecordId);
    }

    [Fact]
    public async Task YieldsAnEntryBeforeReadingTheRestOfTheStream()
    {
        await using var stream = new FailingTailStream("@article{first, title = {Streamed}}\n");
        await using var entries = new BibtexReader().ReadAsync(stream, "stream.bib", CancellationToken.None)
            .GetAsyncEnumerator();

        Assert.True(await entries.MoveNextAsync());
        Assert.Equal("first", entries.Current.Record?.SourceRecordId);
        await Assert.ThrowsAsync<IOException>(async () => await entries.MoveNextAsync());
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        await using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bibtex", "references.bib"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new BibtexReader().ReadAsync(stream, "references.bib", cancellation.Token)) { }
        });
    }

    private static async Task<ImportError> ErrorAtAsync(long line)
    {
        var results = await BibtexFixture.ReadAsync("broken.bib");
        return Assert.Single(results, r => r.Error?.Position == line).Error!; // Single proved it is not null
    }
}
