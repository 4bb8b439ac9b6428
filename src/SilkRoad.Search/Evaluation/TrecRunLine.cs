namespace SilkRoad.Search.Evaluation;

/// <summary>One line of a TREC run: <c>qid Q0 docid rank score tag</c>, rank 1-based.</summary>
public sealed record TrecRunLine(string QueryId, string DocId, int Rank, double Score, string Tag);
