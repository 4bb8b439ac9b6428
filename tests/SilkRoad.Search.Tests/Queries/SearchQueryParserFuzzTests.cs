using System.Text;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Queries;

public sealed class SearchQueryParserFuzzTests
{
    private static readonly string[] Pieces =
    [
        "solar", "wind", "énergie", "太阳能", "电池", "الطاقة", "энергия", "5G", "C++", "3:1", "x",
        "AND", "OR", "NOT", "and", "&&", "||", "!", "+", "-", "*", "**", "hydro*", "*ology", "?", "~2", "^3",
        "'", "(", ")", "（", "）", "()", ":", "：", "..",
        "title:", "TITLE:", "year:", "doi:", "author:", "foo:", "2015", "..2000", "2020..2010", "٢٠٢٠", "abc",
        "\u3000", "\t", "\n", "\u200B", "𠀀", "\uD800", "\uDC00", ",", "—",
    ];

    // Rarer than the rest: one unclosed quotation mark ends the reading before the parser has anything to do.
    private static readonly string[] Quotes = ["\"", "“", "”", "„", "«", "»", "《", "》", "「", "」", "＂"];

    [Fact]
    public void Ten_thousand_random_queries_never_throw_and_give_either_a_sound_tree_or_a_placed_error()
    {
        var random = new Random(20240607);
        for (var i = 0; i < 10_000; i++)
        {
            var query = i % 10 == 0 ? RandomChars(random) : RandomPieces(random);

            var parsed = SearchQueryParser.TryParse(query, out var node, out var error);

            if (parsed)
            {
                Assert.Null(error);
                AssertSound(node, query);
            }
            else
            {
                Assert.NotNull(error);
                Assert.InRange(error.Position, 0, query.Length);
                Assert.False(string.IsNullOrWhiteSpace(error.Message), query);
            }
        }
    }

    private static string RandomPieces(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 40);
        var withQuotes = random.Next(4) == 0;
        for (var i = 0; i < count; i++)
        {
            var quote = withQuotes && random.Next(8) == 0;
            text.Append(quote ? Quotes[random.Next(Quotes.Length)] : Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0) text.Append(' ');
        }
        return text.ToString();
    }

    // Any UTF-16 unit, lone surrogates included, with a bias to the characters the syntax gives meaning to.
    private static string RandomChars(Random random)
    {
        const string syntax = "\"“”«»《》()（）:：+-!*&|. ";
        var length = random.Next(0, 1100);
        var text = new char[length];
        for (var i = 0; i < length; i++)
            text[i] = random.Next(2) == 0 ? syntax[random.Next(syntax.Length)] : (char)random.Next(0, 0x10000);
        return new string(text);
    }

    private static void AssertSound(QueryNode node, string query)
    {
        switch (node)
        {
            case MatchAllNode:
                break;
            case TermNode term:
                Assert.False(string.IsNullOrEmpty(term.Text), query);
                Assert.False(term.Text.StartsWith('*'), query);
                Assert.True(term.Field is null || QueryFields.All.Contains(term.Field), query);
                break;
            case PhraseNode phrase:
                Assert.Equal(phrase.Text.Trim(), phrase.Text);
                Assert.NotEqual("", phrase.Text);
                break;
            case RangeNode range:
                Assert.Equal(QueryFields.Year, range.Field);
                Assert.False(range.From is null && range.To is null, query);
                if (range.From is not null && range.To is not null)
                    Assert.True(int.Parse(range.From, System.Globalization.CultureInfo.InvariantCulture)
                        <= int.Parse(range.To, System.Globalization.CultureInfo.InvariantCulture), query);
                break;
            case BooleanNode boolean:
                Assert.NotEmpty(boolean.Clauses);
                Assert.True(boolean.Clauses.Count > 1 || boolean.Clauses[0].Occurrence == Occurrence.MustNot, query);
                foreach (var clause in boolean.Clauses) AssertSound(clause.Node, query);
                break;
            default:
                Assert.Fail($"Unknown node {node} for {query}");
                break;
        }
    }
}
