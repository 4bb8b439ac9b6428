namespace SilkRoad.Search.Queries;

/// <param name="Position">0-based offset of the token's first character in the query.</param>
/// <param name="Text">A word as typed, a phrase's inner text, a field's canonical name, or an operator as typed.</param>
internal readonly record struct QueryToken(QueryTokenKind Kind, int Position, string Text);
