using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Lucene;

/// <summary>The query syntax on a real index: each row a query and the resources it must find, in any order.</summary>
public sealed class QuerySyntaxTests : IClassFixture<QuerySyntaxTests.Corpus>
{
    private readonly TestIndex _index;

    public QuerySyntaxTests(Corpus corpus) => _index = corpus.Index;

    public sealed class Corpus : IAsyncLifetime, IDisposable
    {
        public TestIndex Index { get; } = new();

        public async Task InitializeAsync() => await Index.AddAsync(
            new IndexedResourceBuilder(1).Titled("Solar cell efficiency in desert climates").In(2016).By("Ahmed Hassan", "EG").WithDoi("10.5555/solar.1"),
            new IndexedResourceBuilder(2).Titled("Wind and solar hybrid microgrids").In(2021).By("Olga Petrova", "RU"),
            new IndexedResourceBuilder(3).Titled("Cell towers for rural 5G coverage").In(2012).OfType(ResourceType.TechnicalReport),
            new IndexedResourceBuilder(4).Titled("Hydropower reservoir sedimentation").In(2019).OfType(ResourceType.Patent).Concerning("CN"),
            new IndexedResourceBuilder(5).Titled("太阳能电池的效率研究", "zh").In(2020),
            new IndexedResourceBuilder(6).Titled("كفاءة الخلايا الشمسية في المناخ الصحراوي", "ar").In(2018),
            new IndexedResourceBuilder(7).Titled("L'énergie solaire dans les bâtiments", "fr").In(2017),
            new IndexedResourceBuilder(8).Titled("Солнечные электростанции в Казахстане", "ru").In(2022)
                .WithAbstract("Анализ работы солнечных электростанций.", "ru"));

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Index.Dispose();
    }

    [Theory]
    [InlineData("solar", new long[] { 1, 2 })]
    [InlineData("\"solar cell\"", new long[] { 1 })]
    [InlineData("\"cell solar\"", new long[] { })]
    [InlineData("solar OR hydropower", new long[] { 1, 2, 4 })]
    [InlineData("solar AND wind", new long[] { 2 })]
    [InlineData("solar -wind", new long[] { 1 })]
    [InlineData("solar NOT wind", new long[] { 1 })]
    [InlineData("-solar", new long[] { 3, 4, 5, 6, 7, 8 })]
    [InlineData("(solar OR cell) AND year:2010..2017", new long[] { 1, 3 })]
    [InlineData("title:hydropower", new long[] { 4 })]
    [InlineData("author:petrova", new long[] { 2 })]
    [InlineData("doi:10.5555/SOLAR.1", new long[] { 1 })]
    [InlineData("doi:https://doi.org/10.5555/solar.1", new long[] { 1 })]
    [InlineData("type:patent", new long[] { 4 })]
    [InlineData("type:report", new long[] { 3 })]
    [InlineData("country:china", new long[] { 4 })]
    [InlineData("country:RU", new long[] { 2 })]
    [InlineData("language:zh", new long[] { 5 })]
    [InlineData("year:2019", new long[] { 4 })]
    [InlineData("year:..2013", new long[] { 3 })]
    [InlineData("year:2021..", new long[] { 2, 8 })]
    [InlineData("hydro*", new long[] { 4 })]
    [InlineData("太阳能电池", new long[] { 5 })]
    [InlineData("الشمسية", new long[] { 6 })]
    [InlineData("énergie solaire", new long[] { 7 })]
    [InlineData("energie", new long[] { 7 })]
    [InlineData("солнечная электростанция", new long[] { 8 })]
    public async Task A_query_finds_exactly_these(string query, long[] expected)
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = query, PageSize = 100 });

        Assert.Equal(expected.Order(), results.Hits.Select(h => h.Id).Order());
    }

    // Bug: a field:value on an exact field written beside words counted as one more optional word, so that
    // "solar year:2021" found every resource about solar and every resource of 2021.
    [Theory]
    [InlineData("solar year:2021", new long[] { 2 })]
    [InlineData("solar year:2015..2017", new long[] { 1 })]
    [InlineData("solar country:EG", new long[] { 1 })]
    [InlineData("cell type:report", new long[] { 3 })]
    [InlineData("cell (type:report OR type:patent)", new long[] { 3 })]
    [InlineData("solar doi:10.5555/solar.1", new long[] { 1 })]
    [InlineData("year:2012..2019 country:CN", new long[] { 4 })]
    public async Task A_field_value_beside_words_narrows_them_as_a_filter_does(string query, long[] expected)
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = query, PageSize = 100 });

        Assert.Equal(expected.Order(), results.Hits.Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData("solar cell")]
    [InlineData("the solar cell")]
    [InlineData("cell solar efficiency")]
    public async Task Words_side_by_side_rank_the_resource_with_all_of_them_first_and_still_find_the_others(string query)
    {
        var results = await _index.SearchAsync(new SearchRequest { Query = query, PageSize = 100 });

        Assert.Equal(1, results.Hits[0].Id);
        Assert.Equal([1L, 2, 3], results.Hits.Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData("\"solar cell", QueryErrorCode.UnbalancedQuote)]
    [InlineData("(solar OR wind", QueryErrorCode.UnbalancedParenthesis)]
    [InlineData("solar AND", QueryErrorCode.MissingOperand)]
    [InlineData("title:", QueryErrorCode.EmptyFieldValue)]
    [InlineData("year:2020..2010", QueryErrorCode.InvalidRange)]
    [InlineData("*ology", QueryErrorCode.LeadingWildcard)]
    [InlineData("type:spaceship", QueryErrorCode.InvalidFilter)]
    [InlineData("country:Atlantis", QueryErrorCode.InvalidFilter)]
    [InlineData("doi:not-a-doi", QueryErrorCode.InvalidFilter)]
    public async Task A_malformed_query_is_an_error_not_an_exception(string query, QueryErrorCode code)
    {
        var results = await _index.Index.SearchAsync(new SearchRequest { Query = query }, CancellationToken.None);

        Assert.Equal(code, results.Error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(results.Error?.Message));
    }

    [Fact]
    public async Task A_misspelt_word_gets_a_did_you_mean()
    {
        var results = await _index.SearchAsync("hydropowr");

        Assert.Equal(0, results.Total);
        Assert.Equal("hydropower", results.DidYouMean);
    }

    [Fact]
    public async Task A_snippet_marks_the_match_in_its_own_language_and_escapes_the_rest()
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled("Grid storage")
            .WithAbstract("Batteries <script>alert(1)</script> stabilise the grid.", "en")
            .WithAbstract("电池储能可以稳定电网。", "zh"));

        var english = Assert.Single((await index.SearchAsync("stabilise")).Hits).Snippet;
        var chinese = Assert.Single((await index.SearchAsync(new SearchRequest { Query = "电网", QueryLanguage = "zh" })).Hits).Snippet;

        Assert.Equal("en", english?.Language);
        Assert.Contains("<mark>stabilise</mark>", english?.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", english?.Html, StringComparison.Ordinal);
        Assert.Equal("zh", chinese?.Language);
        Assert.Contains("<mark>电网</mark>", chinese?.Html, StringComparison.Ordinal);
    }

    // Bug: the highlighter expands a prefix into one clause per matching word of the text, and an abstract with more
    // than 1,024 of them (a table of numbers) threw TooManyClausesException out of the search: a server error.
    [Fact]
    public async Task A_prefix_matching_more_words_of_one_text_than_a_query_holds_still_gets_a_snippet()
    {
        var numbers = string.Join(' ', Enumerable.Range(10_000, 2_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled("Measured loads").WithAbstract(numbers));

        var hit = Assert.Single((await index.SearchAsync("1*")).Hits);

        Assert.Contains("10000", hit.Snippet?.Html, StringComparison.Ordinal);
    }

    // Bug: the opening of an abstract was cut at a fixed number of UTF-16 units, which could split a character
    // outside the BMP (an emoji, a rare Han character) and leave half of it in the snippet.
    [Fact]
    public async Task The_opening_of_an_abstract_is_not_cut_inside_a_character()
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled("Rare characters")
            .WithAbstract(new string('a', 179) + "𠀀" + new string('b', 100)));

        var snippet = Assert.Single((await index.SearchAsync("title:rare")).Hits).Snippet;

        Assert.Equal(new string('a', 179) + "…", snippet?.Html);
    }

    [Fact]
    public async Task Suggestions_complete_subjects_authors_and_titles()
    {
        using var index = await new TestIndex().AddAsync(
            new IndexedResourceBuilder(1).Titled("Hydrogen storage in salt caverns").About("Hydrogen economy").By("Hélène Dubois"),
            new IndexedResourceBuilder(2).Titled("Hydrogen embrittlement of pipeline steel").About("Hydrogen economy"));

        var subjects = await index.Index.SuggestAsync("hydrogen e", 10, CancellationToken.None);
        var authors = await index.Index.SuggestAsync("helene", 10, CancellationToken.None);
        var titles = await index.Index.SuggestAsync("hydrogen emb", 10, CancellationToken.None);

        Assert.Contains(subjects, s => s is { Text: "Hydrogen economy", Kind: "subject" });
        Assert.Contains(authors, s => s is { Text: "Hélène Dubois", Kind: "author" });
        Assert.Contains(titles, s => s is { Text: "Hydrogen embrittlement of pipeline steel", Kind: "title" });
    }

    [Theory]
    [InlineData("光伏", "光伏发电站智能运维技术规范")]
    [InlineData("光伏发", "光伏发电站智能运维技术规范")]
    [InlineData("智能运维", "光伏发电站智能运维技术规范")]
    public async Task Chinese_characters_typed_so_far_complete_to_titles_containing_them(string typed, string title)
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled(title, "zh"));

        var suggestions = await index.Index.SuggestAsync(typed, 5, CancellationToken.None);

        Assert.Contains(suggestions, s => s.Text == title);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("  ")]
    public async Task Nothing_typed_completes_to_nothing(string typed)
    {
        Assert.Empty(await _index.Index.SuggestAsync(typed, 5, CancellationToken.None));
    }

    // Bug: every word typed became a required clause of the title completion query, and past 1,024 of them Lucene's
    // BooleanQuery threw TooManyClausesException: GET /api/search/suggest answered 500.
    [Fact]
    public async Task A_very_long_text_to_complete_gets_no_suggestions_rather_than_an_exception()
    {
        var typed = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var suggestions = await _index.Index.SuggestAsync(typed, 10, CancellationToken.None);

        Assert.Empty(suggestions);
    }

    // Bug: string.Normalize refuses an unpaired surrogate, so a prefix or a text to complete holding one threw
    // ArgumentException out of SearchAsync and SuggestAsync, which promise an error or an answer for any text.
    [Fact]
    public async Task An_unpaired_surrogate_in_a_prefix_or_a_text_to_complete_is_not_an_exception()
    {
        var results = await _index.Index.SearchAsync(new SearchRequest { Query = "hydro\uD800*" }, CancellationToken.None);
        var suggestions = await _index.Index.SuggestAsync("hydro\uDC00", 10, CancellationToken.None);

        Assert.Null(results.Error);
        Assert.Empty(suggestions);
    }

    [Fact]
    public async Task Related_resources_share_words_in_any_language_and_exclude_the_resource()
    {
        var related = await _index.Index.RelatedAsync(1, 5, CancellationToken.None);

        Assert.DoesNotContain(related, r => r.Id == 1);
        Assert.Contains(related, r => r.Id == 2);
    }
}
