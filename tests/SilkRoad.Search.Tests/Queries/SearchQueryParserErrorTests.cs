using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Queries;

public sealed class SearchQueryParserErrorTests
{
    [Theory]
    [InlineData("\"solar cell", QueryErrorCode.UnbalancedQuote, 0)]
    [InlineData("solar \"cell", QueryErrorCode.UnbalancedQuote, 6)]
    [InlineData("«énergie solaire", QueryErrorCode.UnbalancedQuote, 0)]
    [InlineData("(solar", QueryErrorCode.UnbalancedParenthesis, 0)]
    [InlineData("(a (b)", QueryErrorCode.UnbalancedParenthesis, 0)]
    [InlineData("solar)", QueryErrorCode.UnbalancedParenthesis, 5)]
    [InlineData("solar AND", QueryErrorCode.MissingOperand, 6)]
    [InlineData("OR wind", QueryErrorCode.MissingOperand, 0)]
    [InlineData("solar AND OR wind", QueryErrorCode.MissingOperand, 6)]
    [InlineData("(AND solar)", QueryErrorCode.MissingOperand, 1)]
    [InlineData("solar OR", QueryErrorCode.MissingOperand, 6)]
    [InlineData("NOT", QueryErrorCode.MissingOperand, 0)]
    [InlineData("solar NOT", QueryErrorCode.MissingOperand, 6)]
    [InlineData("title:", QueryErrorCode.EmptyFieldValue, 0)]
    [InlineData("solar title:", QueryErrorCode.EmptyFieldValue, 6)]
    [InlineData("title: AND solar", QueryErrorCode.EmptyFieldValue, 0)]
    [InlineData("title:\"\"", QueryErrorCode.EmptyFieldValue, 0)]
    [InlineData("(title:)", QueryErrorCode.EmptyFieldValue, 1)]
    [InlineData("year:abc", QueryErrorCode.InvalidYear, 5)]
    [InlineData("year:20155", QueryErrorCode.InvalidYear, 5)]
    [InlineData("year:0", QueryErrorCode.InvalidYear, 5)]
    [InlineData("year:2015...2020", QueryErrorCode.InvalidYear, 5)]
    [InlineData("year:2020..2010", QueryErrorCode.InvalidRange, 5)]
    [InlineData("year:..", QueryErrorCode.InvalidRange, 5)]
    [InlineData("*ology", QueryErrorCode.LeadingWildcard, 0)]
    [InlineData("solar *ology", QueryErrorCode.LeadingWildcard, 6)]
    [InlineData("title:*", QueryErrorCode.LeadingWildcard, 6)]
    public void A_malformed_query_is_an_error_at_its_place(string query, QueryErrorCode code, int position)
    {
        var error = Error(query);

        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Theory]
    [InlineData("solar AND", "'AND' at character 7 needs a search term after it.")]
    [InlineData("|| wind", "'||' at character 1 needs a search term before it.")]
    [InlineData("solar \"cell", "The quotation mark \" at character 7 is never closed.")]
    [InlineData("solar)", "The closing parenthesis at character 6 has no opening one.")]
    [InlineData("title:", "'title:' at character 1 needs a value, for example title:solar or title:\"solar cell\".")]
    [InlineData("year:2020..2010", "The range 2020..2010 at character 6 ends before it starts; write 2010..2020.")]
    [InlineData("year:abc", "'abc' at character 6 is not a year: write year:2019, year:2015..2020, year:..2000 or year:2015..")]
    [InlineData("*ology", "'*ology' at character 1 starts with a wildcard; a wildcard may only end a word, as in hydro*.")]
    public void The_message_names_the_problem_and_where_it_is(string query, string message)
    {
        Assert.Equal(message, Error(query).Message);
    }

    [Fact]
    public void A_query_longer_than_the_limit_is_refused_before_it_is_read()
    {
        var error = Error(new string('(', SearchRequest.MaxQueryLength + 1));

        Assert.Equal((QueryErrorCode.TooLong, SearchRequest.MaxQueryLength), (error.Code, error.Position));
        Assert.Equal("The query is 1001 characters long; at most 1000 are allowed.", error.Message);
    }

    [Fact]
    public void A_query_of_exactly_the_limit_is_read()
    {
        var query = string.Join(' ', Enumerable.Repeat("solar", 200))[..SearchRequest.MaxQueryLength];

        Assert.True(SearchQueryParser.TryParse(query, out _, out _));
    }

    [Fact]
    public void Parentheses_nested_deeper_than_anyone_writes_are_an_error_not_a_stack_overflow()
    {
        var limit = QueryTokenParser.MaxNesting;
        var deepest = new string('(', limit) + "a" + new string(')', limit);
        var tooDeep = new string('(', limit + 1) + "a" + new string(')', limit + 1);

        Assert.True(SearchQueryParser.TryParse(deepest, out var node, out _));
        Assert.Equal(new TermNode(null, "a"), node);
        var error = Error(tooDeep);
        Assert.Equal((QueryErrorCode.TooDeeplyNested, limit), (error.Code, error.Position));
    }

    private static QueryError Error(string query)
    {
        Assert.False(SearchQueryParser.TryParse(query, out var node, out var error));
        Assert.Same(MatchAllNode.Instance, node);
        Assert.NotNull(error);
        return error;
    }
}
