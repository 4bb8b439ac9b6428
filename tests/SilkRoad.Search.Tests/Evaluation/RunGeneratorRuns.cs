using SilkRoad.Search.Evaluation;
using SilkRoad.Search.Queries;
using static SilkRoad.Search.Tests.Evaluation.FixedResultsIndex;

namespace SilkRoad.Search.Tests.Evaluation;

public sealed class RunGeneratorRuns
{
    private static readonly TrecTopic Solar = new("en-01", "photovoltaic inverter");

    [Fact]
    public async Task AsksForTheQueryAsAUserSearchWithoutSnippetsOrFacets()
    {
        var index = new FixedResultsIndex().Answer(Solar.Text, [Hit(1, 2f, "en-001")]);

        await RunAsync(index, [Solar], new RunSettings { Top = 10, QueryLanguage = "en" });

        var request = Assert.Single(index.Requests);
        Assert.Equal(Solar.Text, request.Query);
        Assert.Equal("en", request.QueryLanguage);
        Assert.False(request.Highlight);
        Assert.Empty(request.Facets);
        Assert.Empty(request.Filters);
        Assert.Equal(SearchSort.Relevance, request.Sort);
        Assert.Equal((1, 10), (request.Page, request.PageSize));
    }

    [Fact]
    public async Task WritesTheFirstSourceRecordIdAsDocidWithRanksFromOne()
    {
        var index = new FixedResultsIndex().Answer(Solar.Text,
            [Hit(7, 3.5f, "en-017", "zh-017"), Hit(8, 2.25f), Hit(9, 0.1f, "en-003")]);

        var run = Assert.Single(await RunAsync(index, [Solar], new RunSettings { Tag = "bm25" }));

        Assert.Equal([
            new TrecRunLine("en-01", "en-017", 1, 3.5, "bm25"),
            new TrecRunLine("en-01", "8", 2, 2.25, "bm25"),
            new TrecRunLine("en-01", "en-003", 3, 0.1, "bm25"),
        ], run.Lines);
        Assert.Null(run.Error);
    }

    [Fact]
    public async Task PagesThroughTheIndexCapToReachTheTopAskedFor()
    {
        var hits = Enumerable.Range(1, 320).Select(i => Hit(i, 1000f - i, $"d{i}")).ToList();
        var index = new FixedResultsIndex().Answer(Solar.Text, hits);

        var run = Assert.Single(await RunAsync(index, [Solar], new RunSettings { Top = 250 }));

        Assert.Equal([1, 2, 3], index.Requests.Select(r => r.Page));
        Assert.All(index.Requests, r => Assert.Equal(SearchRequest.MaxPageSize, r.PageSize));
        Assert.Equal(Enumerable.Range(1, 250).Select(i => $"d{i}"), run.Lines.Select(l => l.DocId));
        Assert.Equal(Enumerable.Range(1, 250), run.Lines.Select(l => l.Rank));
    }

    [Fact]
    public async Task StopsAtTheLastHitWhenTheIndexHasFewerThanTheTop()
    {
        var hits = Enumerable.Range(1, 120).Select(i => Hit(i, 200f - i, $"d{i}")).ToList();
        var index = new FixedResultsIndex().Answer(Solar.Text, hits);

        var run = Assert.Single(await RunAsync(index, [Solar], new RunSettings { Top = 1000 }));

        Assert.Equal(120, run.Lines.Count);
        Assert.Equal([1, 2], index.Requests.Select(r => r.Page));
    }

    [Fact]
    public async Task AQueryWithoutHitsGivesNoLines()
    {
        var run = Assert.Single(await RunAsync(new FixedResultsIndex(), [Solar], new RunSettings()));

        Assert.Empty(run.Lines);
        Assert.Null(run.Error);
    }

    [Fact]
    public async Task ADocidSharedByTwoResourcesIsWrittenOnceAndTheRanksCloseUp()
    {
        var index = new FixedResultsIndex().Answer(Solar.Text,
            [Hit(1, 3f, "x-1"), Hit(2, 2f, "x-1"), Hit(3, 1f, "x-2")]);

        var run = Assert.Single(await RunAsync(index, [Solar], new RunSettings()));

        Assert.Equal([("x-1", 1), ("x-2", 2)], run.Lines.Select(l => (l.DocId, l.Rank)));
    }

    [Fact]
    public async Task AQueryTheIndexCannotUnderstandCarriesItsErrorAndTheOtherTopicsStillRun()
    {
        var error = new QueryError(QueryErrorCode.UnbalancedQuote, 0, "unbalanced quote");
        var broken = new TrecTopic("en-02", "\"wind");
        var index = new FixedResultsIndex().Reject(broken.Text, error).Answer(Solar.Text, [Hit(1, 1f, "en-001")]);

        var runs = await RunAsync(index, [broken, Solar], new RunSettings());

        Assert.Equal(error, runs[0].Error);
        Assert.Empty(runs[0].Lines);
        Assert.Single(runs[1].Lines);
    }

    private static async Task<List<TopicRun>> RunAsync(ISearchIndex index, TrecTopic[] topics, RunSettings settings)
    {
        var runs = new List<TopicRun>();
        await foreach (var run in new RunGenerator(index).RunAsync(topics, settings, CancellationToken.None))
            runs.Add(run);
        return runs;
    }
}
