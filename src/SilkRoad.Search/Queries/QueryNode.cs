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
/// <param name="IsPrefix">A trailing wildcard: <c>hydro*</c> is <c>Text = "hydro"</c>, <c>IsPrefix = true</c>.</param>
/// <remarks>The text keeps the user's case, accents and inner punctuation (<c>C++</c>, <c>3:1</c>, <c>f(x)</c>,
/// <c>10.1000/ABC</c>); it always holds a letter or digit.</remarks>
public sealed record TermNode(string? Field, string Text, bool IsPrefix = false) : QueryNode;

/// <summary>Words that must occur together in this order: <c>"solar cell"</c>.</summary>
public sealed record PhraseNode(string? Field, string Text) : QueryNode;

/// <summary>An inclusive range on an ordered field; either end may be open: <c>year:2015..2020</c>, <c>year:..2000</c>.
/// A single year is a range of one (<c>year:2019</c> is 2019..2019). Years are written as ASCII digits without
/// leading zeros, From ≤ To, and at least one end is given.</summary>
public sealed record RangeNode(string Field, string? From, string? To) : QueryNode;

/// <summary>Clauses combined; how each counts is its <see cref="Occurrence"/>. Never empty.</summary>
/// <remarks>A boolean whose clauses are all <see cref="Occurrence.MustNot"/> means everything except them
/// (<c>-wind</c>; <c>a OR NOT b</c> is Should a, Should (MustNot b)): an engine that cannot run a purely negative
/// query adds a match-all clause.</remarks>
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

/// <summary>
/// A piece of the query with its translations into other languages (cross-language search): the original as typed,
/// and one group per translated part of it. An engine matches the original, or any translation of a group, and lets
/// each group count once however many translations it holds (a word with ten translations must not outweigh one with
/// one); a translation weighs less than the original.
/// </summary>
public sealed record TranslatedNode(QueryNode Original, IReadOnlyList<TranslationGroup> Groups) : QueryNode;

/// <summary>The translations of one part of the query, in any number of languages.</summary>
public sealed record TranslationGroup(IReadOnlyList<QueryTranslation> Translations);

/// <summary>One translation: its language, text (matched as a phrase), weight relative to the original (1) and where it
/// came from.</summary>
public sealed record QueryTranslation(string Language, string Text, float Weight, ExpansionOrigin Origin);
