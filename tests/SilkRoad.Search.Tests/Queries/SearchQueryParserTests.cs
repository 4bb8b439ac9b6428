using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Queries;

public sealed class SearchQueryParserTests
{
    [Fact]
    public void An_empty_query_browses_everything()
    {
        Assert.True(SearchQueryParser.TryParse("  ", out var node, out var error));
        Assert.Null(error);
        Assert.Same(MatchAllNode.Instance, node);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000\t\n")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData(", ;")]
    public void A_query_with_nothing_to_search_browses_everything(string query)
    {
        Assert.Same(MatchAllNode.Instance, Parse(query));
    }

    [Theory]
    [InlineData("solar", "solar")]
    [InlineData("  solar   wind  ", "(solar wind)")]
    [InlineData("太阳能 电池", "(太阳能 电池)")]
    [InlineData("الطاقة الشمسية", "(الطاقة الشمسية)")]
    [InlineData("solar-powered", "solar-powered")]
    [InlineData("\"solar cell\"", "\"solar cell\"")]
    [InlineData("\"solar    cell \"", "\"solar cell\"")]
    [InlineData("“solar cell”", "\"solar cell\"")]
    [InlineData("“solar cell\"", "\"solar cell\"")]
    [InlineData("« énergie solaire »", "\"énergie solaire\"")]
    [InlineData("《太阳能电池》", "\"太阳能电池\"")]
    [InlineData("「太陽電池」", "\"太陽電池\"")]
    [InlineData("solar” wind", "(solar wind)")]
    public void Words_and_phrases(string query, string tree)
    {
        Assert.Equal(tree, QueryTreeText.Of(Parse(query)));
    }

    [Theory]
    [InlineData("solar AND wind", "(+solar +wind)")]
    [InlineData("solar && wind", "(+solar +wind)")]
    [InlineData("solar OR wind", "(?solar ?wind)")]
    [InlineData("solar || wind", "(?solar ?wind)")]
    [InlineData("solar NOT wind", "(solar -wind)")]
    [InlineData("solar !wind", "(solar -wind)")]
    [InlineData("solar ! wind", "(solar -wind)")]
    [InlineData("NOT wind", "(-wind)")]
    [InlineData("-wind", "(-wind)")]
    [InlineData("solar -wind", "(solar -wind)")]
    [InlineData("+solar wind", "(+solar wind)")]
    [InlineData("+solar", "solar")]
    [InlineData("solar and wind or water not oil", "(solar and wind or water not oil)")]
    [InlineData("a OR b OR c", "(?a ?b ?c)")]
    [InlineData("a AND b AND c", "(+a +b +c)")]
    public void Operators(string query, string tree)
    {
        Assert.Equal(tree, QueryTreeText.Of(Parse(query)));
    }

    [Theory]
    [InlineData("AND binds tighter than OR", "a AND b OR c", "(?(+a +b) ?c)")]
    [InlineData("AND binds tighter than OR, either side", "a OR b AND c", "(?a ?(+b +c))")]
    [InlineData("OR binds tighter than words side by side", "solar OR wind energy", "((?solar ?wind) energy)")]
    [InlineData("AND binds tighter than words side by side", "a b AND c", "(a (+b +c))")]
    [InlineData("NOT binds to the next item only", "NOT a b", "(-a b)")]
    [InlineData("OR NOT is 'or anything without'", "a OR NOT b", "(?a ?(-b))")]
    [InlineData("AND NOT excludes", "a AND NOT b", "(+a -b)")]
    [InlineData("AND -b excludes", "a AND -b", "(+a -b)")]
    [InlineData("parentheses group", "(a OR b) AND c", "(+(?a ?b) +c)")]
    [InlineData("parentheses nest", "(a (b OR (c AND d)))", "(a (?b ?(+c +d)))")]
    [InlineData("redundant parentheses vanish", "((a))", "a")]
    [InlineData("a group can be excluded", "-(a OR b)", "(-(?a ?b))")]
    [InlineData("an operator may touch a parenthesis", "NOT(wind)", "(-wind)")]
    [InlineData("AND may touch a parenthesis", "solar AND(wind OR water)", "(+solar +(?wind ?water))")]
    [InlineData("prefixes do not cancel out", "NOT -wind", "(-wind)")]
    [InlineData("a doubled dash still excludes", "--wind", "(-wind)")]
    public void Precedence_and_grouping(string fact, string query, string tree)
    {
        _ = fact;
        Assert.Equal(tree, QueryTreeText.Of(Parse(query)));
    }

    [Theory]
    [InlineData("title:solar", "title:solar")]
    [InlineData("TITLE:solar", "title:solar")]
    [InlineData("Title: solar", "title:solar")]
    [InlineData("title:\"solar cell\"", "title:\"solar cell\"")]
    [InlineData("title：太阳能", "title:太阳能")]
    [InlineData("author:Müller solar", "(author:Müller solar)")]
    [InlineData("doi:10.1016/0010-4825(84)90013-5", "doi:10.1016/0010-4825(84)90013-5")]
    [InlineData("(doi:10.1000/abc)", "doi:10.1000/abc")]
    [InlineData("doi:https://doi.org/10.1000/abc", "doi:https://doi.org/10.1000/abc")]
    [InlineData("type:article language:fr country:CN", "(type:article language:fr country:CN)")]
    [InlineData("title:(solar wind)", "(title:solar title:wind)")]
    [InlineData("title:(solar OR author:smith)", "(?title:solar ?author:smith)")]
    [InlineData("-title:solar", "(-title:solar)")]
    [InlineData("title:-solar", "(-title:solar)")]
    public void Fields(string query, string tree)
    {
        Assert.Equal(tree, QueryTreeText.Of(Parse(query)));
    }

    [Theory]
    [InlineData("colour:red", "colour:red")]
    [InlineData("3:1", "3:1")]
    [InlineData("C++:", "C++:")]
    [InlineData("https://example.org/a", "https://example.org/a")]
    public void A_word_before_a_colon_that_is_no_field_is_text(string query, string text)
    {
        Assert.Equal(new TermNode(null, text), Parse(query));
    }

    [Theory]
    [InlineData("year:2015..2020", "year:[2015..2020]")]
    [InlineData("year:..2000", "year:[..2000]")]
    [InlineData("year:2015..", "year:[2015..]")]
    [InlineData("year:2019", "year:[2019..2019]")]
    [InlineData("year:2015-2020", "year:[2015..2020]")]
    [InlineData("year:٢٠٢٠", "year:[2020..2020]")]
    [InlineData("year:\"2015..2020\"", "year:[2015..2020]")]
    [InlineData("solar year:2015..2020", "(solar year:[2015..2020])")]
    [InlineData("year:(2015 OR 2019)", "(?year:[2015..2015] ?year:[2019..2019])")]
    [InlineData("-year:..2000", "(-year:[..2000])")]
    public void Years_are_ranges_even_a_single_one(string query, string tree)
    {
        Assert.Equal(tree, QueryTreeText.Of(Parse(query)));
    }

    [Theory]
    [InlineData("hydro*", "hydro*")]
    [InlineData("hydro**", "hydro*")]
    [InlineData("title:hydro*", "title:hydro*")]
    [InlineData("太阳*", "太阳*")]
    [InlineData("solar *", "solar")]
    [InlineData("* -wind", "(-wind)")]
    public void Trailing_wildcards(string query, string tree)
    {
        Assert.Equal(tree, QueryTreeText.Of(Parse(query)));
    }

    [Fact]
    public void A_star_inside_a_word_is_text_not_a_wildcard()
    {
        Assert.Equal(new TermNode(null, "hy*ro"), Parse("hy*ro"));
    }

    [Theory]
    [InlineData("a dash with a space after it", "solar - wind", "(solar wind)")]
    [InlineData("a trailing dash", "solar -", "solar")]
    [InlineData("a plus with a space after it", "solar + wind", "(solar wind)")]
    [InlineData("an exclamation mark ending a word", "wow!", "wow!")]
    [InlineData("a trailing exclamation mark", "solar !", "solar")]
    [InlineData("empty parentheses", "solar ()", "solar")]
    [InlineData("punctuation standing alone", "solar , wind", "(solar wind)")]
    [InlineData("an empty phrase", "\"\" solar", "solar")]
    [InlineData("a comma before OR", "solar , OR wind", "(?solar ?wind)")]
    [InlineData("Lucene's fuzzy suffix (unsupported) on a word", "solar~1", "solar")]
    [InlineData("Lucene's proximity suffix (unsupported) after a phrase", "\"solar cell\"~2", "\"solar cell\"")]
    [InlineData("a tilde inside a word stays", "a~b", "a~b")]
    public void Sloppy_input_is_forgiven_when_its_meaning_is_clear(string fact, string query, string tree)
    {
        _ = fact;
        Assert.Equal(tree, QueryTreeText.Of(Parse(query)));
    }

    private static QueryNode Parse(string query)
    {
        Assert.True(SearchQueryParser.TryParse(query, out var node, out var error), error?.Message);
        Assert.Null(error);
        return node;
    }
}
