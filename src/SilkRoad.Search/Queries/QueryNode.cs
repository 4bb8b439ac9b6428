namespace SilkRoad.Search.Queries;

/// <summary>
/// A parsed query, independent of any engine: <see cref="SearchQueryParser"/> makes it from what the user typed and
/// each engine translates it (<see cref="Lucene.LuceneQueryBuilder"/>).
/// </summary>
public abstract record QueryNode;

/// <summary>Matches every resource: the empty query, for browsing with filters only.</summary>
public sealed record MatchAllNode : QueryNode
{
    public static MatchAllNode Instance { get; } = new();
}

/// <summary>One word, as typed (not yet analysed). <see cref="Field"/> null means every text field.</summary>
/// <param name="IsPrefix">A trailing wildcard: <c>hydro*</c>.</param>
public sealed record TermNode(string? Field, string Text, bool IsPrefix = false) : QueryNode;

/// <summary>Words that must occur together in this order: <c>"solar cell"</c>.</summary>
public sealed record PhraseNode(string? Field, string Text) : QueryNode;

/// <summary>An inclusive range on an ordered field; either end may be open: <c>year:2015..2020</c>, <c>year:..2000</c>.</summary>
public sealed record RangeNode(string Field, string? From, string? To) : QueryNode;

/// <summary>Clauses combined; how each counts is its <see cref="Occurrence"/>.</summary>
public sealed record BooleanNode(IReadOnlyList<BooleanClause> Clauses) : QueryNode;

public sealed record BooleanClause(Occurrence Occurrence, QueryNode Node);

public enum Occurrence
{
    /// <summary>Words simply written side by side: the engine decides how many must match.</summary>
    Default,

    /// <summary><c>a AND b</c>, <c>+a</c>.</summary>
    Must,

    /// <summary><c>a OR b</c>.</summary>
    Should,

    /// <summary><c>NOT a</c>, <c>-a</c>.</summary>
    MustNot,
}
