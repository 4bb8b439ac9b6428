using System.Globalization;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Queries;

/// <summary>
/// A parsed query written compactly, so that a test states the whole tree on one line: <c>title:solar</c>,
/// <c>hydro*</c>, <c>"solar cell"</c>, <c>year:[2015..2020]</c>, <c>*:*</c>, and a boolean in parentheses with each
/// clause marked <c>+</c> Must, <c>?</c> Should, <c>-</c> MustNot, nothing for Default.
/// </summary>
internal static class QueryTreeText
{
    public static string Of(QueryNode node) => node switch
    {
        MatchAllNode => "*:*",
        TermNode term => Field(term.Field) + term.Text + (term.IsPrefix ? "*" : ""),
        PhraseNode phrase => Field(phrase.Field) + "\"" + phrase.Text + "\"",
        RangeNode range => string.Create(CultureInfo.InvariantCulture, $"{range.Field}:[{range.From}..{range.To}]"),
        BooleanNode boolean => "(" + string.Join(" ", boolean.Clauses.Select(c => Mark(c.Occurrence) + Of(c.Node))) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown node"),
    };

    private static string Field(string? field) => field is null ? "" : field + ":";

    private static string Mark(Occurrence occurrence) => occurrence switch
    {
        Occurrence.Must => "+",
        Occurrence.Should => "?",
        Occurrence.MustNot => "-",
        _ => "",
    };
}
