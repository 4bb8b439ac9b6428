using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search.Lucene;
using SilkRoad.Search.Translation;

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
    private static async Task<TestIndex> ManySegmentsAsync(int searchThreads, CrossLanguageSources? crossLanguage = null)
    {
        var index = new TestIndex(crossLanguage: crossLanguage, searchThreads: searchThreads);
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
    public async Task Translated_queries_searched_by_three_threads_find_what_one_thread_finds()
    {
        var sources = new CrossLanguageSources(CrossLanguageSourcesLoader.DefaultVocabulary(), []);
        using var parallel = await ManySegmentsAsync(searchThreads: 3, sources);
        using var sequential = new LuceneSearchIndex(parallel.Path, new SearchOptions { SearchThreads = 1 }, crossLanguage: sources);

        foreach (var (query, language) in new[] { ("мост", "ru"), ("energía solar", "es"), ("风力涡轮机", "zh") })
        {
            var request = new SearchRequest { Query = query, QueryLanguage = language, Facets = FacetNames.All, PageSize = 7 };
            var first = await AssertSameAsync(request, parallel.Index, sequential);
            Assert.NotEmpty(first.Expansions);
            Assert.True(first.Total > 0, query);
            await AssertSameAsync(request with { Page = 2 }, parallel.Index, sequential);
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

    // How evenly the segments are shared out is BalancedParts' (below); on an index this small Lucene's own merges
    // (every segment under its 2 MB floor) may already have made one segment of it by the time it is compacted.
    [Fact]
    public async Task Compacting_for_two_threads_leaves_at_most_two_segments_and_every_document()
    {
        using var index = await ManySegmentsAsync(searchThreads: 2);
        Assert.True(index.Index.SegmentCount > 2);

        await index.Index.CompactAsync(CancellationToken.None);

        Assert.InRange(index.Index.SegmentCount, 1, 2);
        Assert.Equal(120, index.Index.SegmentSizes.Sum());
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
