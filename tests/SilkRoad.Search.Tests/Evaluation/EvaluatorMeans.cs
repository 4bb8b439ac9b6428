using SilkRoad.Search.Evaluation;

namespace SilkRoad.Search.Tests.Evaluation;

public sealed class EvaluatorMeans
{
    // q1 is the hand-worked query of RelevanceMetricsByHand. q2: judged a=1, b=1; ranked b x a:
    // nDCG@10 = (1 + 1/log2(4)) / (1 + 1/log2(3)) = 0.919721, AP = (1/1 + 2/3) / 2 = 0.833333, P@10 = 0.2, R@100 = 1.
    private const string Qrels = """
        q1 0 d1 2
        q1 0 d2 1
        q1 0 d3 0
        q1 0 d4 2
        q1 0 d5 1
        q1 0 d9 0
        q2 0 a 1
        q2 0 b 1
        q3 0 z 0
        q4 0 m 2
        """;

    private const string Run = """
        q1 Q0 d3 1 6 t
        q1 Q0 d1 2 5 t
        q1 Q0 x 3 4 t
        q1 Q0 d2 4 3 t
        q1 Q0 d9 5 2 t
        q1 Q0 y 6 1 t
        q2 Q0 b 1 3 t
        q2 Q0 x 2 2 t
        q2 Q0 a 3 1 t
        q3 Q0 z 1 1 t
        q9 Q0 a 1 1 t
        """;

    [Fact]
    public async Task ScoresEachQueryAsWorkedOutByHand()
    {
        var report = await EvaluateAsync(["q1", "q2"]);

        var q2 = Assert.Single(report.Queries, q => q.QueryId == "q2");
        Assert.Equal(0.919721, q2.NdcgAt10, 6);
        Assert.Equal(0.833333, q2.AveragePrecision, 6);
        Assert.Equal(0.2, q2.PrecisionAt10, 12);
        Assert.Equal(1.0, q2.RecallAt100, 12);
        Assert.Equal((2, 3), (q2.Relevant, q2.Retrieved));
    }

    [Fact]
    public async Task MeansAreOverTheQueriesWithARelevantJudgement()
    {
        var report = await EvaluateAsync(["q1", "q2"]);

        Assert.Equal((0.403702 + 0.919721) / 2, report.NdcgAt10, 5);
        Assert.Equal((0.25 + 0.833333) / 2, report.Map, 5);
        Assert.Equal(0.2, report.PrecisionAt10, 12);
        Assert.Equal(0.75, report.RecallAt100, 12);
    }

    [Fact]
    public async Task AQueryWithoutRelevantJudgementsIsLeftOutAndNamed()
    {
        var report = await EvaluateAsync(["q1", "q2", "q3", "q7"]);

        Assert.Equal(["q1", "q2"], report.Queries.Select(q => q.QueryId));
        Assert.Equal(["q3", "q7"], report.Unjudged);
    }

    [Fact]
    public async Task AJudgedQueryTheRunRetrievedNothingForCountsAsZero()
    {
        var report = await EvaluateAsync(["q1", "q2", "q4"]);

        var q4 = Assert.Single(report.Queries, q => q.QueryId == "q4");
        Assert.Equal((0.0, 0.0, 0), (q4.NdcgAt10, q4.AveragePrecision, q4.Retrieved));
        Assert.Equal((0.403702 + 0.919721) / 3, report.NdcgAt10, 5);
    }

    [Fact]
    public async Task WithoutAListEveryQueryOfTheQrelsIsEvaluatedAndRunQueriesWithoutJudgementsAreIgnored()
    {
        var report = await EvaluateAsync(null);

        Assert.Equal(["q1", "q2", "q4"], report.Queries.Select(q => q.QueryId));
        Assert.Equal(["q3"], report.Unjudged);
    }

    private static async Task<EvaluationReport> EvaluateAsync(string[]? queryIds) =>
        Evaluator.Evaluate(await TrecFiles.QrelsAsync(Qrels), await TrecFiles.RunAsync(Run), queryIds);
}
