using SilkRoad.Cli.Benchmarks;

namespace SilkRoad.Cli.Tests.Benchmarks;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var summary = LatencySummary.From([.. Enumerable.Range(1, 100).Select(i => (double)i).Reverse()]);

        Assert.Equal((50d, 90d, 95d, 99d, 100d), (summary.P50, summary.P90, summary.P95, summary.P99, summary.Max));
        Assert.Equal(50.5, summary.Mean);
    }

    [Fact]
    public void No_timings_summarise_as_zeros() => Assert.Equal(0, LatencySummary.From([]).Count);
}
