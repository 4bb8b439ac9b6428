using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Search.Tests.Lucene;

/// <summary>
/// A query is searched by several threads, each a share of the index's segments, and what they found merged: it must
/// be what one thread searching every segment in turn finds, to the order of equal scores and the page cursors.
/// </summary>
public sealed class ParallelSearchTests
{
    private static readonly string[] Words = ["solar", "wind", "turbine", "grid", "storage", "bridge", "concrete"];
    private static readonly string[] Languages = ["en", "fr", "es"];
    private static readonly string[] Countries = ["CN", "EG", "KZ", "PK"];
    private static readonly string[] Queries = ["solar", "wind OR grid", ""];
    private static readonly ResourceType[] Types = [ResourceType.JournalArticle, ResourceType.Patent, ResourceType.Standard];

    // 120 resources in ten commits of different sizes: ten segments or so (the writer may merge a few).
    private static async Task<TestIndex> ManySegmentsAsync(int searchThreads)
    {
        var index = new TestIndex(searchThreads: searchThreads);
        var sizes = new[] { 40, 5, 5, 10, 5, 20, 5, 10, 15, 5 };
        var id = 0;
        foreach (var size in sizes)
        {
            var batch = new List<IndexedResourceBuilder>();
            for (var i = 0; i < size; i++)
            {
                id++;
                // Few words, so that many resources score the same and the order of equal scores is tested too.
                var words = $"{Words[id % Words.Length]} {Words[id * 3 % Words.Length]}";
                batch.Add(new IndexedResourceBuilder(id)
                    .Titled(words, Languages[id % Languages.Length])
                    .WithAbstract($"{Words[id * 5 % Words.Length]} study", "en")
                    .In(2010 + id % 6)
                    .OfType(Types[id % Types.Length])
                    .By($"Author {id % 9}", Countries[id % Countries.Length])
                    .About(id % 2 == 0 ? "Energy" : "Civil engineering"));
            }
            await index.AddAsync([.. batch]);
        }
        return index;
    }

    public static TheoryData<SearchSort> Sorts => [SearchSort.Relevance, SearchSort.Newest, SearchSort.Oldest, SearchSort.Title];

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Three_threads_find_the_same_pages_facets_and_cursors_as_one(SearchSort sort)
    {
        using var parallel = await ManySegmentsAsync(searchThreads: 3);
        Assert.True(parallel.Index.SegmentCount >= 3);
        // A second instance on the same folder only reads it; it searches the same segments one after another.
        using var sequential = new LuceneSearchIndex(parallel.Path, new SearchOptions { SearchThreads = 1 });

        var filters = new[]
        {
            new Dictionary<string, IReadOnlyList<string>>(),
            new() { ["type"] = ["patent"] },
            new() { ["language"] = ["en", "fr"], ["year"] = ["2011..2013"], ["country"] = ["CN", "KZ"] },
        };
        foreach (var query in new[] { "", "solar", "wind OR grid", "turbine -bridge", "\"solar wind\"" })
        {
            foreach (var selected in filters)
            {
                var request = new SearchRequest
                {
                    Query = query,
                    Sort = sort,
                    Filters = selected,
                    Facets = FacetNames.All,
                    PageSize = 7,
                };
                for (var page = 1; page <= 3; page++)
                    await AssertSameAsync(request with { Page = page }, parallel.Index, sequential);
                // Following the cursors, page after page, to the end.
                var next = request;
                for (var pages = 0; pages < 20; pages++)
                {
                    var found = await AssertSameAsync(next, parallel.Index, sequential);
                    if (found.NextCursor is null) break;
                    next = request with { After = found.NextCursor };
                }
            }
        }
    }

    [Fact]
    public async Task Searches_running_at_once_share_the_threads_and_find_what_one_search_alone_finds()
    {
        using var parallel = await ManySegmentsAsync(searchThreads: 3);
        using var sequential = new LuceneSearchIndex(parallel.Path, new SearchOptions { SearchThreads = 1 });
        var filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["patent", "standard"] };
        var requests = Queries.SelectMany(q => Enum.GetValues<SearchSort>().Select(sort => new SearchRequest
        {
            Query = q,
            Sort = sort,
            Facets = FacetNames.All,
            PageSize = 9,
            Filters = filters,
        })).ToList();

        // Each search sees a different number running beside it, so is cut into a different number of slices.
        var together = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => requests)
            .Select(r => Task.Run(() => parallel.Index.SearchAsync(r, CancellationToken.None))));

        for (var i = 0; i < together.Length; i++)
        {
            var expected = await sequential.SearchAsync(requests[i % requests.Count], CancellationToken.None);
            Assert.Equal(expected.Total, together[i].Total);
            Assert.Equal(expected.Hits.Select(h => h.Id), together[i].Hits.Select(h => h.Id));
            Assert.Equal(Flatten(expected.Facets), Flatten(together[i].Facets));
        }
    }

    private static async Task<SearchResults> AssertSameAsync(SearchRequest request, LuceneSearchIndex parallel,
        LuceneSearchIndex sequential)
    {
        var expected = await sequential.SearchAsync(request, CancellationToken.None);
        var actual = await parallel.SearchAsync(request, CancellationToken.None);
        Assert.Null(expected.Error);
        Assert.Null(actual.Error);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(expected.NextCursor, actual.NextCursor);
        Assert.Equal(Flatten(expected.Facets), Flatten(actual.Facets));
        return actual;
    }

    private static List<string> Flatten(IReadOnlyList<FacetResult> facets) =>
        [.. facets.SelectMany(f => f.Values.Select(v => $"{f.Name}={v.Value}:{v.Count}:{v.Selected}"))];

    [Fact]
    public async Task Compacting_for_two_threads_leaves_two_segments_of_about_equal_size()
    {
        using var index = await ManySegmentsAsync(searchThreads: 2);
        var before = index.Index.SegmentSizes;
        Assert.True(before.Count > 2);

        await index.Index.CompactAsync(CancellationToken.None);

        var sizes = index.Index.SegmentSizes;
        Assert.Equal(2, sizes.Count);
        Assert.Equal(120, sizes.Sum());
        // Segments are not split, but shared out largest first (Lucene's own forced merge would have left the largest
        // as it was and merged all the others into one).
        var expected = BalancedParts.Split(before, size => size, 2).Select(part => part.Sum()).Order();
        Assert.Equal(expected, sizes.Order());
        Assert.True(Math.Abs(sizes[0] - sizes[1]) <= before.Max());
        Assert.Equal(120, (await index.SearchAsync("")).Total);
    }

    [Fact]
    public async Task An_empty_index_searched_by_several_threads_finds_nothing()
    {
        using var index = new TestIndex(searchThreads: 4);

        var results = await index.SearchAsync(new SearchRequest { Query = "solar", Facets = FacetNames.All });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Theory]
    [InlineData(new long[] { 40, 5, 5, 10, 5, 20, 5, 10, 15, 5 }, 2)]
    [InlineData(new long[] { 7, 3 }, 4)]
    [InlineData(new long[] { 1, 1, 1, 1, 1, 1, 1 }, 3)]
    public void Balanced_parts_are_within_the_largest_thing_of_each_other_and_keep_the_given_order(long[] sizes, int parts)
    {
        var split = BalancedParts.Split(sizes.Select((size, index) => (size, index)).ToList(), t => t.size, parts);

        Assert.Equal(Math.Min(parts, sizes.Length), split.Count);
        Assert.Equal(Enumerable.Range(0, sizes.Length), split.SelectMany(p => p).Select(t => t.index).Order());
        Assert.All(split, part => Assert.Equal(part.Select(t => t.index).Order(), part.Select(t => t.index)));
        Assert.Equal(split.Select(p => p[0].index).Order(), split.Select(p => p[0].index));
        var totals = split.Select(p => p.Sum(t => t.size)).ToList();
        Assert.True(totals.Max() - totals.Min() <= sizes.Max());
    }
}
