namespace SilkRoad.Cli.Benchmarks;

/// <summary>Percentiles of a set of timings (nearest rank), in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P90, double P95, double P99, double Mean, double Max)
{
    public static LatencySummary From(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return new LatencySummary(0, 0, 0, 0, 0, 0, 0);
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, Rank(0.50), Rank(0.90), Rank(0.95), Rank(0.99), sorted.Average(), sorted[^1]);
    }

    public override string ToString() =>
        $"n={Count} p50={P50:F2} ms p90={P90:F2} ms p95={P95:F2} ms p99={P99:F2} ms mean={Mean:F2} ms max={Max:F2} ms";
}
