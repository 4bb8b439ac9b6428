using SilkRoad.Catalogue.Importers.Crossref;

namespace SilkRoad.Catalogue.Tests.Importers.Crossref;

public sealed class CrossrefReaderErrors
{
    [Fact]
    public async Task ReportsAWorkWithoutTitleByItsRecordNumberAndGoesOn()
    {
        var results = await CrossrefFixtures.ReadAsync("work-list.json");

        var error = results[2].Error;
        Assert.NotNull(error);
        Assert.Equal(("work-list.json", 3L, "record"), (error.File, error.Position, error.PositionKind));
        Assert.StartsWith("no title", error.Reason, StringComparison.Ordinal);
        Assert.NotNull(results[3].Record);
    }

    [Fact]
    public async Task ReportsAnItemThatIsNotAnObject()
    {
        var results = await CrossrefFixtures.ReadAsync("work-list.json");

        var error = results[4].Error;
        Assert.NotNull(error);
        Assert.Equal((5L, "record"), (error.Position, error.PositionKind));
        Assert.Contains("string", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopsAtASyntaxErrorInAWorkListAndSaysWhere()
    {
        var results = await CrossrefFixtures.ReadAsync("work-list-broken.json");

        Assert.Equal(["10.5555/vestnik.2020.5.17", "10.5555/dunod.ouvrages.ch3"], results.Dois());
        var error = Assert.Single(results.Errors());
        Assert.Equal((3L, "record"), (error.Position, error.PositionKind));
        Assert.Contains("line 220", error.Reason, StringComparison.Ordinal);
        Assert.Same(error, results[^1].Error);
    }

    [Fact]
    public async Task ReportsTheAbsoluteByteOfASyntaxError()
    {
        var bytes = await File.ReadAllBytesAsync(CrossrefFixtures.PathOf("work-list-broken.json"));
        var lineStarts = bytes.Select((b, i) => (b, i)).Where(p => p.b == (byte)'\n').Select(p => p.i + 1).ToList();
        var expected = Array.IndexOf(bytes, (byte)'"', lineStarts[218]); // the first quote on line 220: "type"

        var error = Assert.Single((await CrossrefFixtures.ReadAsync("work-list-broken.json")).Errors());

        Assert.Contains($"byte {expected}:", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsABrokenJsonLineAndReadsTheLinesAfterIt()
    {
        var results = await CrossrefFixtures.ReadAsync("works.jsonl");

        var broken = results.Errors().Single(e => e.Position == 3);
        Assert.Equal("line", broken.PositionKind);
        Assert.StartsWith("invalid JSON", broken.Reason, StringComparison.Ordinal);
        Assert.Contains("10.5555/engrxiv.2023.0042", results.Dois());
    }

    [Fact]
    public async Task ReportsAJsonLineWithoutDoiAtItsLine()
    {
        var results = await CrossrefFixtures.ReadAsync("works.jsonl");

        Assert.Equal([3L, 6L], results.Errors().Select(e => e.Position));
        Assert.Equal("no DOI", results.Errors().Single(e => e.Position == 6).Reason);
    }

    [Fact]
    public async Task ReportsAFileThatEndsInsideAWork()
    {
        const string json = """{"status": "ok", "message-type": "work-list", "message": {"items": [{"DOI": "10.5555/f.1", "title": ["Whole"]}, {"DOI": "10.5555/f.2", "tit""";

        var results = await CrossrefFixtures.ReadTextAsync(json);

        Assert.Equal(["10.5555/f.1"], results.Dois());
        var error = results[^1].Error;
        Assert.NotNull(error);
        Assert.Equal(2L, error.Position);
    }

    [Fact]
    public async Task ReportsAnErrorResponseThatHoldsNoWork()
    {
        const string json = """
            {"status": "failed", "message-type": "validation-failure",
             "message": [{"type": "parameter-not-allowed", "value": "foo", "message": "This route does not support foo"}]}
            """;

        var results = await CrossrefFixtures.ReadTextAsync(json);

        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Contains("validation-failure", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsAnInvalidDoi()
    {
        var results = await CrossrefFixtures.ReadTextAsync("""{"DOI": "not a doi", "title": ["Lost"]}""");

        Assert.Equal("invalid DOI 'not a doi'", Assert.Single(results).Error?.Reason);
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await using var stream = File.OpenRead(CrossrefFixtures.PathOf("work-list.json"));
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new CrossrefReader().ReadAsync(stream, "work-list.json", cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });
        Assert.Equal(1, read);
    }
}
