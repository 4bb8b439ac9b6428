using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Evaluation;

/// <summary>What one topic retrieved: its run lines, best first, or the reason the index could not run its query.</summary>
public sealed record TopicRun(TrecTopic Topic, IReadOnlyList<TrecRunLine> Lines, QueryError? Error = null);
