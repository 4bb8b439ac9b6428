using SilkRoad.Search.Evaluation;

namespace SilkRoad.Search.Tests.Evaluation;

/// <summary>
/// One query worked out by hand. Judged: d1=2, d2=1, d3=0, d4=2, d5=1, d9=0 (four relevant: d1 d2 d4 d5).
/// Ranked: d3 d1 x d2 d9 y (x and y unjudged), so the gains by rank are 0 2 0 1 0 0.
/// <code>
/// DCG@10  = 2/log2(3) + 1/log2(5)                       = 1.261860 + 0.430677          = 1.692536
/// IDCG@10 = 2/log2(2) + 2/log2(3) + 1/log2(4) + 1/log2(5) = 2 + 1.261860 + 0.5 + 0.430677 = 4.192536
/// nDCG@10 = 1.692536 / 4.192536 = 0.403702
/// AP      = (1/2 + 2/4) / 4 = 0.25      (d4 and d5 never retrieved count as 0)
/// P@10    = 2 / 10 = 0.2                Recall@100 = 2 / 4 = 0.5
/// </code>
/// </summary>
public sealed class RelevanceMetricsByHand
{
    private static readonly Dictionary<string, int> Judged = new()
    {
        ["d1"] = 2,
        ["d2"] = 1,
        ["d3"] = 0,
        ["d4"] = 2,
        ["d5"] = 1,
        ["d9"] = 0,
    };

    private static readonly string[] Ranked = ["d3", "d1", "x", "d2", "d9", "y"];

    [Fact]
    public void NdcgAt10UsesGradedGainsAndTheIdealOfEveryJudgedDocument() =>
        Assert.Equal(0.403702, RelevanceMetrics.NdcgAt(10, Ranked, Judged), 6);

    [Fact]
    public void AveragePrecisionDividesByAllRelevantDocumentsRetrievedOrNot() =>
        Assert.Equal(0.25, RelevanceMetrics.AveragePrecision(Ranked, Judged), 12);

    [Fact]
    public void PrecisionAt10DividesByTenEvenWhenFewerWereRetrieved() =>
        Assert.Equal(0.2, RelevanceMetrics.PrecisionAt(10, Ranked, Judged), 12);

    [Fact]
    public void RecallAt100IsTheShareOfRelevantDocumentsFound() =>
        Assert.Equal(0.5, RelevanceMetrics.RecallAt(100, Ranked, Judged), 12);

    [Fact]
    public void AnIdealRankingScoresOne()
    {
        string[] ideal = ["d4", "d1", "d5", "d2"];

        Assert.Equal(1.0, RelevanceMetrics.NdcgAt(10, ideal, Judged), 12);
        Assert.Equal(1.0, RelevanceMetrics.AveragePrecision(ideal, Judged), 12);
        Assert.Equal(1.0, RelevanceMetrics.RecallAt(100, ideal, Judged), 12);
    }

    [Fact]
    public void APartlyRelevantDocumentAheadOfAHighlyRelevantOneLowersNdcgButNotAveragePrecision()
    {
        string[] swapped = ["d5", "d1", "d2", "d4"];

        Assert.True(RelevanceMetrics.NdcgAt(10, swapped, Judged) < 1.0);
        Assert.Equal(1.0, RelevanceMetrics.AveragePrecision(swapped, Judged), 12);
    }

    [Fact]
    public void TheIdealIsCutAtTheSameRankAsTheRun()
    {
        var twelveRelevant = Enumerable.Range(1, 12).ToDictionary(i => $"r{i}", _ => 1);
        var tenOfThem = Enumerable.Range(1, 10).Select(i => $"r{i}").ToArray();

        Assert.Equal(1.0, RelevanceMetrics.NdcgAt(10, tenOfThem, twelveRelevant), 12);
        Assert.Equal(10.0 / 12, RelevanceMetrics.RecallAt(100, tenOfThem, twelveRelevant), 12);
    }

    [Fact]
    public void ADocumentRetrievedTwiceCountsOnlyTheFirstTime()
    {
        string[] repeated = ["d1", "d1", "d1", "d2"];

        // d1 at rank 1, d2 at rank 2 (the repeats take no rank): AP = (1/1 + 2/2) / 4.
        Assert.Equal(0.5, RelevanceMetrics.AveragePrecision(repeated, Judged), 12);
        Assert.Equal(0.2, RelevanceMetrics.PrecisionAt(10, repeated, Judged), 12);
        Assert.Equal(RelevanceMetrics.NdcgAt(10, ["d1", "d2"], Judged), RelevanceMetrics.NdcgAt(10, repeated, Judged), 12);
    }

    [Fact]
    public void OnlyTheFirstTenRanksCountForNdcgAndPrecision()
    {
        var late = Enumerable.Range(1, 10).Select(i => $"x{i}").Append("d1").ToArray();

        Assert.Equal(0.0, RelevanceMetrics.NdcgAt(10, late, Judged));
        Assert.Equal(0.0, RelevanceMetrics.PrecisionAt(10, late, Judged));
        Assert.Equal(0.25, RelevanceMetrics.RecallAt(100, late, Judged), 12);
    }

    [Fact]
    public void AQueryWithoutRelevantDocumentsScoresZeroRatherThanDividingByZero()
    {
        var none = new Dictionary<string, int> { ["d3"] = 0 };

        Assert.Equal(0.0, RelevanceMetrics.NdcgAt(10, Ranked, none));
        Assert.Equal(0.0, RelevanceMetrics.AveragePrecision(Ranked, none));
        Assert.Equal(0.0, RelevanceMetrics.RecallAt(100, Ranked, none));
    }
}
