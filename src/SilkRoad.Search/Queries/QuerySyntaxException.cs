namespace SilkRoad.Search.Queries;

/// <summary>Carries a <see cref="QueryError"/> out of the lexer and parser to <see cref="SearchQueryParser.TryParse"/>,
/// which turns it into a result: it never leaves this namespace.</summary>
#pragma warning disable CA1032, CA1064 // Internal and thrown with an error only: the standard constructors would be dead code.
internal sealed class QuerySyntaxException(QueryError error) : Exception(error.Message)
#pragma warning restore CA1032, CA1064
{
    public QueryError Error { get; } = error;
}
