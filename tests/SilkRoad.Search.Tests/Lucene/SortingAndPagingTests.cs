using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Lucene;

public sealed class SortingAndPagingTests
{
    private static async Task<TestIndex> CorpusAsync(int count)
    {
        var resources = Enumerable.Range(1, count)
            .Select(i => new IndexedResourceBuilder(i).Titled($"Turbine study {(char)('a' + (i * 7 % 26))}{i}").In(2000 + i % 7))
            .ToArray();
        return await new TestIndex().AddAsync(resources);
    }

    [Fact]
    public async Task Newest_puts_the_latest_year_first_and_resources_without_a_year_last()
    {
        using var index = await new TestIndex().AddAsync(
            new IndexedResourceBuilder(1).Titled("Turbine a").In(2001),
            new IndexedResourceBuilder(2).Titled("Turbine b"),
            new IndexedResourceBuilder(3).Titled("Turbine c").In(2024));

        Assert.Equal([3L, 1L, 2L], await TestIndex.IdsAsync(index.SearchAsync(new SearchRequest { Query = "turbine", Sort = SearchSort.Newest })));
        Assert.Equal([1L, 3L, 2L], await TestIndex.IdsAsync(index.SearchAsync(new SearchRequest { Query = "turbine", Sort = SearchSort.Oldest })));
    }

    [Fact]
    public async Task Title_order_ignores_case_and_accents()
    {
        using var index = await new TestIndex().AddAsync(
            new IndexedResourceBuilder(1).Titled("Zinc turbine"),
            new IndexedResourceBuilder(2).Titled("énergie turbine"),
            new IndexedResourceBuilder(3).Titled("Alloy turbine"));

        Assert.Equal([3L, 2L, 1L], await TestIndex.IdsAsync(index.SearchAsync(new SearchRequest { Query = "turbine", Sort = SearchSort.Title })));
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Title)]
    public async Task Following_the_cursor_visits_every_hit_once_in_the_same_order_as_page_numbers(SearchSort sort)
    {
        using var index = await CorpusAsync(95);
        var byCursor = new List<long>();
        string? cursor = null;
        do
        {
            var page = await index.SearchAsync(new SearchRequest { Query = "turbine", Sort = sort, PageSize = 10, After = cursor });
            byCursor.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var byNumber = new List<long>();
        for (var page = 1; page <= 10; page++)
            byNumber.AddRange(await TestIndex.IdsAsync(index.SearchAsync(new SearchRequest { Query = "turbine", Sort = sort, PageSize = 10, Page = page })));

        Assert.Equal(95, byCursor.Distinct().Count());
        Assert.Equal(byNumber, byCursor);
    }

    [Fact]
    public async Task A_cursor_stays_valid_when_resources_are_added()
    {
        using var index = await CorpusAsync(30);
        var first = await index.SearchAsync(new SearchRequest { Query = "turbine", Sort = SearchSort.Title, PageSize = 10 });
        await index.AddAsync(new IndexedResourceBuilder(100).Titled("Turbine study zzz"));

        var second = await index.SearchAsync(new SearchRequest { Query = "turbine", Sort = SearchSort.Title, PageSize = 10, After = first.NextCursor });

        Assert.Empty(second.Hits.Select(h => h.Id).Intersect(first.Hits.Select(h => h.Id)));
        Assert.Equal(10, second.Hits.Count);
    }

    [Theory]
    [InlineData(0, 20, null)]
    [InlineData(1, 0, null)]
    [InlineData(1, 101, null)]
    [InlineData(600, 20, null)]
    [InlineData(1, 20, "not-a-cursor")]
    public async Task A_bad_page_is_an_error(int page, int pageSize, string? after)
    {
        using var index = await CorpusAsync(3);

        var results = await index.Index.SearchAsync(new SearchRequest { Query = "turbine", Page = page, PageSize = pageSize, After = after },
            CancellationToken.None);

        Assert.Equal(QueryErrorCode.InvalidPage, results.Error?.Code);
    }

    // Bug: a cursor whose values did not fit the sort (too few, too many, a word where a number belongs, an empty
    // value) reached Lucene's searchAfter, which threw: a server error for an edited or stale address.
    [Theory]
    [InlineData(SearchSort.Relevance, "0\u001fl5")]
    [InlineData(SearchSort.Relevance, "0\u001fsabc\u001fl5")]
    [InlineData(SearchSort.Relevance, "0\u001fn\u001fn")]
    [InlineData(SearchSort.Newest, "1\u001fsx\u001fl2")]
    [InlineData(SearchSort.Newest, "1\u001fl2010\u001fn")]
    [InlineData(SearchSort.Title, "3\u001fl1\u001fl2")]
    [InlineData(SearchSort.Title, "3\u001fsabc\u001fl2\u001fl3")]
    public async Task A_cursor_that_does_not_fit_its_sort_is_an_error_not_an_exception(SearchSort sort, string cursor)
    {
        using var index = await CorpusAsync(3);
        var after = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(cursor)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var results = await index.Index.SearchAsync(new SearchRequest { Query = "turbine", Sort = sort, After = after },
            CancellationToken.None);

        Assert.Equal(QueryErrorCode.InvalidPage, results.Error?.Code);
    }

    [Fact]
    public async Task An_overlong_query_is_an_error()
    {
        using var index = await CorpusAsync(3);

        var results = await index.Index.SearchAsync(new SearchRequest { Query = new string('a', 1001) }, CancellationToken.None);

        Assert.Equal(QueryErrorCode.TooLong, results.Error?.Code);
    }
}
