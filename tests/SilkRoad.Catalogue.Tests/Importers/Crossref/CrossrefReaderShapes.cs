using System.Text;
using SilkRoad.Catalogue.Importers.Crossref;

namespace SilkRoad.Catalogue.Tests.Importers.Crossref;

public sealed class CrossrefReaderShapes
{
    private static readonly string[] WorkListDois =
    [
        "10.5555/vestnik.2020.5.17", "10.5555/dunod.ouvrages.ch3", "10.5555/unam.tesis.2017.42",
        "10.5555/engrxiv.2023.0042", "10.5555/iso.19650-1.2018", "10.5555/zenodo.7654321", "10.5555/nist.tn.2150",
    ];

    [Fact]
    public void IsNamedCrossref() => Assert.Equal("crossref", new CrossrefReader().Format);

    [Fact]
    public async Task ReadsABareWorkObject()
    {
        var results = await CrossrefFixtures.ReadAsync("work.json");

        Assert.Equal(["10.5555/jweia.2021.104652"], results.Dois());
        Assert.Empty(results.Errors());
    }

    [Fact]
    public async Task ReadsTheWorkInsideAnApiEnvelope()
    {
        var results = await CrossrefFixtures.ReadAsync("work-envelope.json");

        Assert.Equal(["10.5555/978-3-030-00000-0_7"], results.Dois());
        Assert.Empty(results.Errors());
    }

    [Fact]
    public async Task ReadsEveryItemOfAWorkListInOrder()
    {
        var results = await CrossrefFixtures.ReadAsync("work-list.json");

        Assert.Equal(WorkListDois, results.Dois());
        Assert.Equal(9, results.Count);
    }

    [Fact]
    public async Task ReadsTheItemsOfAPublicDataFile()
    {
        var results = await CrossrefFixtures.ReadAsync("data-file.json");

        Assert.Equal(["10.5555/iso.19650-1.2018", "10.5555/zenodo.7654321"], results.Dois());
    }

    [Fact]
    public async Task ReadsJsonLinesOneWorkPerLine()
    {
        var results = await CrossrefFixtures.ReadAsync("works.jsonl");

        Assert.Equal(
            ["10.5555/jweia.2021.104652", "10.5555/978-3-030-00000-0_7", "10.5555/vestnik.2020.5.17",
             "10.5555/unam.tesis.2017.42", "10.5555/engrxiv.2023.0042"],
            results.Dois());
    }

    [Fact]
    public async Task RecognisesJsonLinesByContentWhateverTheFileIsCalled()
    {
        await using var stream = File.OpenRead(CrossrefFixtures.PathOf("works.jsonl"));
        var results = await CrossrefFixtures.ReadAsync(stream, "export.txt");

        // Only line mode can step over the broken third line and still read the lines after it.
        Assert.Equal(5, results.Dois().Count);
        Assert.Contains(results.Errors(), e => e is { Position: 3, PositionKind: "line" });
    }

    [Fact]
    public async Task FindsTheWorkListWhateverOrderTheEnvelopeHasItsPropertiesIn()
    {
        const string json = """
            {"message": {"items": [{"DOI": "10.5555/a.1", "title": ["First"]}, {"DOI": "10.5555/a.2", "title": ["Second"]}],
                         "total-results": 2, "facets": {}},
             "message-type": "work-list", "status": "ok"}
            """;

        var results = await CrossrefFixtures.ReadTextAsync(json);

        Assert.Equal(["10.5555/a.1", "10.5555/a.2"], results.Dois());
        Assert.Empty(results.Errors());
    }

    [Fact]
    public async Task ReadsPrettyPrintedWorksOneAfterAnother()
    {
        const string json = """
            {
              "DOI": "10.5555/b.1",
              "title": ["One"]
            }
            {
              "DOI": "10.5555/b.2",
              "title": ["Two"]
            }
            """;

        var results = await CrossrefFixtures.ReadTextAsync(json);

        Assert.Equal(["10.5555/b.1", "10.5555/b.2"], results.Dois());
    }

    [Fact]
    public async Task ReadsATopLevelArrayOfWorks()
    {
        var results = await CrossrefFixtures.ReadTextAsync("""[{"DOI": "10.5555/c.1", "title": ["Only"]}]""");

        Assert.Equal(["10.5555/c.1"], results.Dois());
    }

    [Fact]
    public async Task SkipsAByteOrderMark()
    {
        var results = await CrossrefFixtures.ReadTextAsync("\uFEFF" + """{"DOI": "10.5555/d.1", "title": ["Marked"]}""");

        Assert.Equal(["10.5555/d.1"], results.Dois());
    }

    [Theory]
    [InlineData("work.json")]
    [InlineData("work-envelope.json")]
    [InlineData("work-list.json")]
    [InlineData("work-list-broken.json")]
    [InlineData("data-file.json")]
    [InlineData("works.jsonl")]
    public async Task ReadsTheSameWhenTheStreamDeliversOneByteAtATime(string fixture)
    {
        var whole = await CrossrefFixtures.ReadAsync(fixture);
        var trickled = await CrossrefFixtures.ReadAsync(fixture, maxChunk: 1);

        Assert.Equal(whole.Dois(), trickled.Dois());
        Assert.Equal(whole.Errors().Select(e => e.ToString()), trickled.Errors().Select(e => e.ToString()));
    }

    [Fact]
    public async Task YieldsTheFirstWorkOfALargeListBeforeReadingMuchOfIt()
    {
        var reference = $$"""[{"key": "k", "unstructured": "{{new string('x', 400)}}"}]""";
        var items = Enumerable.Range(1, 5000).Select(i =>
            $$"""{"DOI": "10.5555/big.{{i}}", "title": ["Work {{i}}"], "reference": {{reference}} }""");
        var json = $$$"""{"status": "ok", "message-type": "work-list", "message": {"total-results": 5000, "items": [{{{string.Join(",", items)}}}]}}""";
        var bytes = Encoding.UTF8.GetBytes(json);
        await using var stream = new ChunkedStream(bytes, 4096);

        await using var works = new CrossrefReader().ReadAsync(stream, "big.json", CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await works.MoveNextAsync());

        Assert.Equal("10.5555/big.1", works.Current.Record?.SourceRecordId);
        Assert.True(stream.BytesRead < bytes.Length / 10, $"read {stream.BytesRead} of {bytes.Length} bytes before the first work");
    }
}
