namespace SilkRoad.Search.Evaluation;

/// <summary>
/// The ranking measures for one query, defined as trec_eval 9 computes them (<c>ndcg_cut</c>, <c>map</c>, <c>P</c>,
/// <c>recall</c>), so that a run scored here and by trec_eval gets the same figures.
/// </summary>
/// <remarks>
/// A ranking is the retrieved docids, best first; a document that appears twice counts only where it first appears.
/// A retrieved document that is not judged counts as not relevant. "Relevant" is a relevance of 1 or more (trec_eval's
/// default <c>-l 1</c>); the graded value itself is the gain in nDCG.
/// </remarks>
public static class RelevanceMetrics
{
    public static bool IsRelevant(int relevance) => relevance > 0;

    /// <summary>
    /// nDCG at a cutoff: DCG = Σ gain(rank) / log2(rank + 1) over ranks 1..cutoff, with gain = the judged relevance
    /// (0 for unjudged), divided by the DCG of the ideal ranking, which orders every judged document of the query by
    /// relevance (retrieved or not) and is cut at the same rank. 0 when the query has no relevant document.
    /// </summary>
    public static double NdcgAt(int cutoff, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cutoff, 1);
        ArgumentNullException.ThrowIfNull(judgements);
        var ideal = Dcg(judgements.Values.Where(IsRelevant).OrderDescending().Take(cutoff));
        if (ideal == 0) return 0;
        return Dcg(Unique(ranking).Take(cutoff).Select(docId => Math.Max(0, judgements.GetValueOrDefault(docId)))) / ideal;
    }

    /// <summary>
    /// Average precision: the precision at the rank of each relevant document retrieved, summed, divided by the number
    /// of relevant documents judged for the query (so relevant documents never retrieved count as precision 0).
    /// Its mean over queries is MAP.
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        var relevant = CountRelevant(judgements);
        if (relevant == 0) return 0;
        var found = 0;
        var sum = 0.0;
        var rank = 0;
        foreach (var docId in Unique(ranking))
        {
            rank++;
            if (!IsRelevant(judgements.GetValueOrDefault(docId))) continue;
            found++;
            sum += (double)found / rank;
        }
        return sum / relevant;
    }

    /// <summary>Relevant documents in the first <paramref name="cutoff"/> ranks, divided by the cutoff (not by how many
    /// were retrieved: a run that returns 3 documents, all relevant, has P@10 = 0.3).</summary>
    public static double PrecisionAt(int cutoff, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cutoff, 1);
        return (double)RelevantIn(cutoff, ranking, judgements) / cutoff;
    }

    /// <summary>Relevant documents in the first <paramref name="cutoff"/> ranks, divided by the number of relevant
    /// documents judged for the query; 0 when there are none.</summary>
    public static double RecallAt(int cutoff, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cutoff, 1);
        var relevant = CountRelevant(judgements);
        return relevant == 0 ? 0 : (double)RelevantIn(cutoff, ranking, judgements) / relevant;
    }

    public static int CountRelevant(IReadOnlyDictionary<string, int> judgements)
    {
        ArgumentNullException.ThrowIfNull(judgements);
        return judgements.Values.Count(IsRelevant);
    }

    private static int RelevantIn(int cutoff, IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        ArgumentNullException.ThrowIfNull(judgements);
        return Unique(ranking).Take(cutoff).Count(docId => IsRelevant(judgements.GetValueOrDefault(docId)));
    }

    // Rank r (1-based) is discounted by log2(r + 1): rank 1 by 1, rank 2 by 1.585, rank 3 by 2 ...
    private static double Dcg(IEnumerable<int> gains) => gains.Select((gain, index) => gain / Math.Log2(index + 2)).Sum();

    private static IEnumerable<string> Unique(IReadOnlyList<string> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ranking.Where(seen.Add);
    }
}
