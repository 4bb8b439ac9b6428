using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// Collects what one thread finds of a query in its share of the index's segments (a slice): the best hits, the facet
/// counts and the number of matches, which the search then merges with the other slices'. Each slice has collectors
/// and filters of its own; the query's weight is shared, as Lucene's own parallel search shares it.
/// </summary>
internal sealed class SliceCollector : IDisposable
{
    private readonly TopFieldCollector _top;
    private readonly FacetingCollector _collector;
    private readonly List<FacetCounter> _counters;

    public SliceCollector(Sort sort, int count, FieldDoc? after, IReadOnlyList<FacetFilter> filters, IEnumerable<string> facets)
    {
        _top = TopFieldCollector.Create(sort, count, after, fillFields: true,
            trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        _counters = facets.Select(f => new FacetCounter(f)).ToList();
        _collector = new FacetingCollector(_top, filters, _counters);
    }

    /// <summary>Documents that passed every filter.</summary>
    public long Total => _collector.Total;

    /// <summary>What <see cref="IndexSearcher"/> does for each segment of a search, for this slice's segments.</summary>
    public void Search(Weight weight, IEnumerable<AtomicReaderContext> leaves)
    {
        foreach (var leaf in leaves)
        {
            _collector.SetNextReader(leaf);
            var scorer = weight.GetBulkScorer(leaf, !_collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
            try
            {
                scorer?.Score(_collector);
            }
            catch (CollectionTerminatedException)
            {
                // A collector may stop a segment early; the next goes on.
            }
        }
    }

    /// <summary>The best hits found, best first, as many as asked for.</summary>
    public TopDocs TopDocs() => _top.GetTopDocs();

    /// <summary>Each facet's counts, in the order the facets were given.</summary>
    public IEnumerable<IReadOnlyDictionary<string, long>> FacetCounts() => _counters.Select(c => c.Finish());

    public void Dispose()
    {
        foreach (var counter in _counters) counter.Dispose();
    }
}
