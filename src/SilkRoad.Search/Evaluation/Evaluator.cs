namespace SilkRoad.Search.Evaluation;

/// <summary>Scores a run against relevance judgements: nDCG@10, MAP, P@10 and Recall@100, per query and as means.</summary>
public static class Evaluator
{
    public const int NdcgCutoff = 10;
    public const int PrecisionCutoff = 10;
    public const int RecallCutoff = 100;

    /// <summary>
    /// Evaluates <paramref name="queryIds"/> (default: every query in the qrels) that have at least one relevant
    /// judgement, and averages over them.
    /// </summary>
    /// <remarks>
    /// This is trec_eval's behaviour on collections like ours, where every judged query has a relevant document:
    /// trec_eval averages over the queries it has judgements for. (It would also count, with 0, a query whose
    /// judgements are all "not relevant"; we leave such a query out and name it in
    /// <see cref="EvaluationReport.Unjudged"/>, since no ranking can score on it.) A query the run retrieved nothing
    /// for counts with 0 on every measure, as with trec_eval's <c>-c</c>, rather than being dropped as trec_eval does
    /// by default: otherwise a system would raise its mean by answering less.
    /// </remarks>
    public static EvaluationReport Evaluate(TrecQrels qrels, TrecRun run, IEnumerable<string>? queryIds = null)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(run);
        var scores = new List<QueryScores>();
        var unjudged = new List<string>();
        foreach (var queryId in (queryIds ?? qrels.QueryIds).Distinct(StringComparer.Ordinal))
        {
            var judgements = qrels.JudgementsFor(queryId);
            var relevant = RelevanceMetrics.CountRelevant(judgements);
            if (relevant == 0)
            {
                unjudged.Add(queryId);
                continue;
            }
            var ranking = run.RankingFor(queryId);
            scores.Add(new QueryScores(queryId, relevant, ranking.Count,
                RelevanceMetrics.NdcgAt(NdcgCutoff, ranking, judgements),
                RelevanceMetrics.AveragePrecision(ranking, judgements),
                RelevanceMetrics.PrecisionAt(PrecisionCutoff, ranking, judgements),
                RelevanceMetrics.RecallAt(RecallCutoff, ranking, judgements)));
        }
        double Mean(Func<QueryScores, double> measure) => scores.Count == 0 ? 0 : scores.Average(measure);
        return new EvaluationReport(scores,
            Mean(s => s.NdcgAt10), Mean(s => s.AveragePrecision), Mean(s => s.PrecisionAt10), Mean(s => s.RecallAt100),
            unjudged);
    }
}
