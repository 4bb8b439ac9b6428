using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Lucene;

/// <summary>A well-formed query that still cannot be run, such as <c>type:banana</c>.</summary>
internal sealed class QueryTranslationException(QueryError error) : Exception(error.Message)
{
    public QueryError Error { get; } = error;
}
