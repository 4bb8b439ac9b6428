namespace SilkRoad.Search.Queries;

/// <summary>What the parser has read at one place: a node and how it counts, or nothing (a stray <c>-</c>, a lone
/// comma, an empty group), which was read but adds no clause.</summary>
internal readonly record struct QueryOperand(QueryNode? Node, Occurrence Occurrence = Occurrence.Default)
{
    public static QueryOperand Nothing { get; } = new(null);
}
