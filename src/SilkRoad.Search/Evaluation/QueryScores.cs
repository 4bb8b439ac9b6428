namespace SilkRoad.Search.Evaluation;

/// <summary>The measures for one query (see <see cref="RelevanceMetrics"/>), with what they were computed from.</summary>
/// <param name="Relevant">Documents judged relevant for the query.</param>
/// <param name="Retrieved">Documents the run retrieved for it (each once).</param>
public sealed record QueryScores(
    string QueryId,
    int Relevant,
    int Retrieved,
    double NdcgAt10,
    double AveragePrecision,
    double PrecisionAt10,
    double RecallAt100);
