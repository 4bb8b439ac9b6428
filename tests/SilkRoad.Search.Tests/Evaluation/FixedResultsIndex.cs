using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Tests.Evaluation;

/// <summary>
/// A test double of <see cref="ISearchIndex"/>: each query text has a fixed, ranked list of hits, served page by page
/// under the same rules as the real index (at most <see cref="SearchRequest.MaxPageSize"/> a page). It records every
/// request. Only <see cref="SearchAsync"/> is used by a run; the rest is not needed.
/// </summary>
internal sealed class FixedResultsIndex : ISearchIndex
{
    private readonly Dictionary<string, IReadOnlyList<SearchHit>> _hits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueryError> _errors = new(StringComparer.Ordinal);

    public List<SearchRequest> Requests { get; } = [];

    public IndexWatermark Watermark => IndexWatermark.None;

    public long Count => _hits.Values.Sum(h => h.Count);

    public FixedResultsIndex Answer(string query, IReadOnlyList<SearchHit> hits)
    {
        _hits[query] = hits;
        return this;
    }

    public FixedResultsIndex Reject(string query, QueryError error)
    {
        _errors[query] = error;
        return this;
    }

    public static SearchHit Hit(long id, float score, params string[] sourceRecordIds) =>
        new() { Id = id, Type = "journal-article", Score = score, SourceRecordIds = sourceRecordIds };

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (request.PageSize is < 1 or > SearchRequest.MaxPageSize)
            throw new ArgumentOutOfRangeException(nameof(request), $"page size {request.PageSize}");
        if (_errors.TryGetValue(request.Query, out var error)) return Task.FromResult(SearchResults.Failed(error));
        var hits = _hits.GetValueOrDefault(request.Query) ?? [];
        return Task.FromResult(new SearchResults
        {
            Total = hits.Count,
            Hits = hits.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList(),
        });
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int count, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<SearchHit>> RelatedAsync(long resourceId, int count, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task UpsertAsync(IReadOnlyList<IndexedResource> resources, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task CommitAsync(IndexWatermark watermark, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task ClearAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task CompactAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
}
