using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// Collects the hits of a query under facet filters and counts facets the way VuFind and Elasticsearch's post-filters
/// do ("drill sideways"): a document that passes every filter is a hit and counts in every facet; a document that
/// fails exactly one filter counts only in that filter's facet, so each facet's counts are what they would be
/// without its own selection. Documents failing two or more filters count nowhere.
/// </summary>
internal sealed class FacetingCollector(ICollector hits, IReadOnlyList<FacetFilter> filters,
    IReadOnlyList<FacetCounter> counters) : ICollector
{
    // Arrays rather than the lists given: a foreach over an IReadOnlyList allocates an enumerator, once per document.
    private readonly FacetFilter[] _filters = [.. filters];
    private readonly FacetCounter[] _counters = [.. counters];
    private readonly FacetCounter?[] _counterOfFilter =
        [.. filters.Select(f => counters.FirstOrDefault(c => c.Facet == f.Facet))];

    /// <summary>Documents that passed every filter.</summary>
    public long Total { get; private set; }

    // Filters and counters read a document's values by its number, in any order.
    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        hits.SetNextReader(context);
        foreach (var filter in _filters) filter.SetNextReader(context.AtomicReader);
        foreach (var counter in _counters) counter.SetNextReader(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _filters.Length; i++)
        {
            if (_filters[i].Matches(doc)) continue;
            if (failed >= 0) return;
            failed = i;
        }
        if (failed >= 0)
        {
            _counterOfFilter[failed]?.Count(doc);
            return;
        }
        Total++;
        hits.Collect(doc);
        foreach (var counter in _counters) counter.Count(doc);
    }
}
