using SilkRoad.Search.Evaluation;

namespace SilkRoad.Search.Tests.Evaluation;

public sealed class TrecRunReading
{
    [Fact]
    public async Task RanksByScoreAndIgnoresTheRankColumnAsTrecEvalDoes()
    {
        var run = await TrecFiles.RunAsync("q1 Q0 low 1 0.5 t\nq1 Q0 high 2 3.25 t\nq1 Q0 mid 3 1e0 t\n");

        Assert.Equal(["high", "mid", "low"], run.RankingFor("q1"));
    }

    [Fact]
    public async Task BreaksScoreTiesByDocidInReverseOrder()
    {
        var run = await TrecFiles.RunAsync("q1 Q0 a 1 2 t\nq1 Q0 c 2 2 t\nq1 Q0 b 3 2 t\n");

        Assert.Equal(["c", "b", "a"], run.RankingFor("q1"));
    }

    [Fact]
    public async Task CountsADocumentRetrievedTwiceOnceWhereItRanksBestAndSaysSo()
    {
        var run = await TrecFiles.RunAsync("q1 Q0 a 1 3 t\nq1 Q0 b 2 2 t\nq1 Q0 a 3 1 t\nq2 Q0 a 1 1 t\n");

        Assert.Equal(["a", "b"], run.RankingFor("q1"));
        Assert.Equal(["a"], run.RankingFor("q2"));
        var error = Assert.Single(run.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("'a' is retrieved again for query 'q1'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsMalformedLinesAndReadsTheRest()
    {
        var run = await TrecFiles.RunAsync("q1 Q0 a 1 2.5 t\nq1 Q0 b 2 t\nq1 Q0 c two 1 t\nq1 Q0 d 4 NaN t\nq1 Q0 e 5 1.5 t\n");

        Assert.Equal(["a", "e"], run.RankingFor("q1"));
        Assert.Equal([2L, 3, 4], run.Errors.Select(e => e.Line));
        Assert.Contains("5 fields", run.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("rank 'two'", run.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("score 'NaN'", run.Errors[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryNotInTheRunRetrievedNothing()
    {
        var run = await TrecFiles.RunAsync("q1 Q0 a 1 1 t\n");

        Assert.Equal(["q1"], run.QueryIds);
        Assert.Empty(run.RankingFor("q9"));
    }

    [Fact]
    public void RunLinesBuiltInMemoryAreRankedTheSameWayAsAFile()
    {
        var run = TrecRun.FromLines([
            new TrecRunLine("q1", "a", 1, 2, "t"),
            new TrecRunLine("q1", "b", 2, 2, "t"),
            new TrecRunLine("q1", "c", 3, 5, "t"),
        ]);

        Assert.Equal(["c", "b", "a"], run.RankingFor("q1"));
    }
}
