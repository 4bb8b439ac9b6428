namespace SilkRoad.Search.Queries;

/// <summary>
/// Reads the query syntax people know from VuFind and Google Scholar: plain words, <c>"phrases"</c>,
/// <c>AND</c>/<c>OR</c>/<c>NOT</c>, <c>+require</c>, <c>-exclude</c>, parentheses, <c>field:value</c>
/// (<see cref="QueryFields"/>), <c>year:2015..2020</c> and a trailing wildcard.
/// </summary>
public static class SearchQueryParser
{
    // Placeholder until the parser lands: every word is a default term.
    public static bool TryParse(string query, out QueryNode node, out QueryError? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        error = null;
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        node = words.Length == 0
            ? MatchAllNode.Instance
            : new BooleanNode(words.Select(w => new BooleanClause(Occurrence.Default, new TermNode(null, w))).ToList());
        return true;
    }
}
