namespace SilkRoad.Search.Evaluation;

/// <summary>
/// A run's scores: per query, and their means over the evaluated queries (every query asked for that has at least one
/// relevant judgement). <see cref="Map"/> is the mean of the queries' average precision.
/// </summary>
/// <param name="Unjudged">Queries left out because no document is judged relevant for them: no ranking could score
/// above 0 there, so counting them would only lower every system's mean alike.</param>
public sealed record EvaluationReport(
    IReadOnlyList<QueryScores> Queries,
    double NdcgAt10,
    double Map,
    double PrecisionAt10,
    double RecallAt100,
    IReadOnlyList<string> Unjudged);
