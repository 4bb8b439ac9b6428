namespace SilkRoad.Search.Queries;

/// <summary>
/// Reads the query syntax people know from VuFind and Google Scholar: plain words, <c>"phrases"</c>,
/// <c>AND</c>/<c>OR</c>/<c>NOT</c>, <c>+require</c>, <c>-exclude</c>, parentheses, <c>field:value</c>
/// (<see cref="QueryFields"/>), <c>year:2015..2020</c> and a trailing wildcard.
/// </summary>
/// <remarks>
/// Decisions on what the syntax leaves open:
/// <list type="bullet">
/// <item>Operators are upper case (<c>AND OR NOT</c>) or <c>&amp;&amp; || !</c>; <c>and</c>, <c>or</c>, <c>not</c> are
/// words. AND binds tighter than OR, OR tighter than words side by side, NOT to the next item.</item>
/// <item>Quotation marks: <c>"…"</c>, <c>“…”</c>, <c>„…“</c>, <c>«…»</c>, <c>《…》</c>, <c>「…」</c>, <c>『…』</c>,
/// <c>＂…＂</c>. A closing mark with no opening one is ignored.</item>
/// <item><c>field: value</c> with a space after the colon is <c>field:value</c>, as in Lucene. An unknown
/// <c>word:</c> is text. A field applies to a group: <c>title:(solar wind)</c>.</item>
/// <item>Every year value is a <see cref="RangeNode"/>, <c>year:2019</c> included (2019..2019).</item>
/// <item>Forgiven: a <c>+</c>, <c>-</c> or <c>!</c> with nothing attached; <c>()</c>; words with no letter or digit
/// (<c>,</c> <c>—</c>). A lone <c>*</c> matches everything. Prefixes do not cancel out: <c>NOT -wind</c> excludes
/// wind.</item>
/// <item>A query of nothing but exclusions (<c>-wind</c>) is a <see cref="BooleanNode"/> of MustNot clauses:
/// everything except those.</item>
/// </list>
/// </remarks>
public static class SearchQueryParser
{
    /// <summary>Parses a query. Never throws for any text: a query it cannot read gives false and an error naming
    /// the problem and where it is. An empty or blank query is <see cref="MatchAllNode.Instance"/>.</summary>
    public static bool TryParse(string query, out QueryNode node, out QueryError? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        node = MatchAllNode.Instance;
        error = null;
        if (query.Length > SearchRequest.MaxQueryLength)
        {
            error = QueryErrors.TooLong(query.Length);
            return false;
        }
        try
        {
            node = new QueryTokenParser(QueryLexer.Tokenize(query)).Parse();
            return true;
        }
        catch (QuerySyntaxException e)
        {
            error = e.Error;
            return false;
        }
    }
}
