namespace SilkRoad.Search;

/// <summary>
/// The search engine behind the knowledge service. The embedded implementation is Lucene.NET
/// (<see cref="Lucene.LuceneSearchIndex"/>); a distributed engine (Elasticsearch/OpenSearch) is meant to implement
/// the same interface later, so nothing here names an engine's types. The index is derived from the store: every
/// document it holds can be made again from the catalogue (<see cref="IndexedResource"/>).
/// </summary>
public interface ISearchIndex
{
    /// <summary>Runs a query with filters, facets, sorting and paging. A malformed query is not an exception: the
    /// result carries a <see cref="SearchResults.Error"/>.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Completions for what a user has typed so far, from titles, authors and subjects.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int count, CancellationToken cancellationToken);

    /// <summary>Resources like the given one ("more like this"); empty when it is not indexed.</summary>
    Task<IReadOnlyList<SearchHit>> RelatedAsync(long resourceId, int count, CancellationToken cancellationToken);

    /// <summary>Adds or replaces resources (by id), and removes the withdrawn ones. Visible to searches after
    /// <see cref="CommitAsync"/>.</summary>
    Task UpsertAsync(IReadOnlyList<IndexedResource> resources, CancellationToken cancellationToken);

    /// <summary>Makes the changes durable and visible, and records how far in the store's change order the index
    /// has got (<paramref name="watermark"/>), so that a later synchronisation starts from there.</summary>
    Task CommitAsync(IndexWatermark watermark, CancellationToken cancellationToken);

    /// <summary>How far the index has got in the store's changes; <see cref="IndexWatermark.None"/> when empty.</summary>
    IndexWatermark Watermark { get; }

    /// <summary>Removes every document (a rebuild). Searches see the old content until the next commit.</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>Merges the index into as few pieces as it can (Lucene: one segment per 5 GB; Elasticsearch: a force
    /// merge), which makes searches several times faster after a bulk load. Searches go on meanwhile; on millions of
    /// resources it takes minutes and needs free disk for the pieces it writes.</summary>
    Task CompactAsync(CancellationToken cancellationToken);

    /// <summary>Number of documents searches currently see.</summary>
    long Count { get; }
}
