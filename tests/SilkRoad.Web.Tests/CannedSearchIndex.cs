using SilkRoad.Search;

namespace SilkRoad.Web.Tests;

/// <summary>
/// A test double for the search engine: it answers every search with the results it was given and remembers the
/// requests, so page tests can check what the page asked, and how it shows answers the demo catalogue cannot give
/// (a failure, a million results). Everything else is tested on the real index (<see cref="PortalFixture"/>).
/// </summary>
public sealed class CannedSearchIndex : ISearchIndex
{
    private readonly List<SearchRequest> _requests = [];

    public SearchResults Results { get; set; } = new();

    /// <summary>When set, every search throws it: a failing engine.</summary>
    public Exception? Failure { get; set; }

    public IReadOnlyList<SearchHit> Related { get; set; } = [];

    public IReadOnlyList<SearchRequest> Requests
    {
        get
        {
            lock (_requests) return _requests.ToList();
        }
    }

    public IndexWatermark Watermark => IndexWatermark.None;

    public long Count => Results.Total;

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        lock (_requests) _requests.Add(request);
        if (Failure is not null) throw Failure;
        return Task.FromResult(Results);
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Suggestion>>([]);

    public Task<IReadOnlyList<SearchHit>> RelatedAsync(long resourceId, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Related);

    public Task UpsertAsync(IReadOnlyList<IndexedResource> resources, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CommitAsync(IndexWatermark watermark, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ClearAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CompactAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Results like a real engine's for a query about bridges: two hits, facets, a next page.</summary>
    public static SearchResults BridgeResults() => new()
    {
        Total = 45,
        Elapsed = TimeSpan.FromMilliseconds(7),
        NextCursor = "cursor-2",
        Hits =
        [
            new SearchHit
            {
                Id = 1, Type = "journal-article", Year = 2019, Authors = ["Rafiqul Islam", "Zhang Hao"],
                Titles = [new("en", "Fatigue of orthotropic steel bridge decks"), new("zh", "正交异性钢桥面板疲劳")],
                Snippet = new Snippet("en", "Fatigue of orthotropic steel <mark>bridge</mark> decks &amp; welds"),
            },
            new SearchHit
            {
                Id = 2, Type = "book", Year = 2020, Authors = ["خالد المصري"],
                Titles = [new("ar", "هندسة الجسور الخرسانية سابقة الإجهاد")],
                Snippet = new Snippet("ar", "تصميم <mark>الجسور</mark>"),
            },
        ],
        Facets =
        [
            new FacetResult(FacetNames.Type, [new FacetValue("journal-article", 30, false), new FacetValue("book", 15, false)]),
            new FacetResult(FacetNames.Language, [new FacetValue("en", 25, false), new FacetValue("ar", 20, false)]),
            new FacetResult(FacetNames.Country, [new FacetValue("EG", 12, false)]),
            new FacetResult(FacetNames.Year, [new FacetValue("2019", 9, false)]),
        ],
    };
}
