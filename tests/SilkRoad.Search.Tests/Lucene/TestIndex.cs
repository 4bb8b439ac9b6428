using SilkRoad.Search.Lucene;
using SilkRoad.Search.Translation;

namespace SilkRoad.Search.Tests.Lucene;

/// <summary>A real Lucene index in a temporary folder, deleted on dispose.</summary>
public sealed class TestIndex : IDisposable
{
    /// <param name="searchThreads">Threads a query is searched by (<see cref="SearchOptions.SearchThreads"/>); by
    /// default one per core.</param>
    public TestIndex(RankingOptions? ranking = null, CrossLanguageSources? crossLanguage = null, int? searchThreads = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "silkroad-index-" + Guid.NewGuid().ToString("N"));
        var options = new SearchOptions { Ranking = ranking ?? new RankingOptions() };
        if (searchThreads is { } threads) options.SearchThreads = threads;
        Index = new LuceneSearchIndex(Path, options, crossLanguage: crossLanguage);
    }

    public string Path { get; }

    public LuceneSearchIndex Index { get; }

    public async Task<TestIndex> AddAsync(params IndexedResourceBuilder[] resources)
    {
        await Index.UpsertAsync(resources.Select(r => r.Build()).ToList(), CancellationToken.None);
        await Index.CommitAsync(new IndexWatermark(DateTime.UtcNow), CancellationToken.None);
        return this;
    }

    public Task<SearchResults> SearchAsync(string query) => SearchAsync(new SearchRequest { Query = query });

    public async Task<SearchResults> SearchAsync(SearchRequest request)
    {
        var results = await Index.SearchAsync(request, CancellationToken.None);
        Assert.Null(results.Error);
        return results;
    }

    public static async Task<IReadOnlyList<long>> IdsAsync(Task<SearchResults> results) => (await results).Hits.Select(h => h.Id).ToList();

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader of another test may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
