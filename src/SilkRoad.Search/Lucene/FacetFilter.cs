using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// The values selected in one facet (OR between them), checked document by document on the facet's doc values. A
/// filter is checked while collecting, not put into the query, because the facet's own counts must be computed as if
/// it were not applied (see <see cref="FacetingCollector"/>).
/// </summary>
internal sealed class FacetFilter(string facet, IReadOnlyList<string> values, IReadOnlyList<(int? From, int? To)> yearRanges)
{
    private SegmentOrdinals? _ordinals;
    private readonly HashSet<int> _selected = [];
    private NumericDocValues? _years;
    private IBits? _hasYear;

    public string Facet { get; } = facet;

    public IReadOnlyList<string> Values { get; } = values;

    public void SetNextReader(AtomicReader reader)
    {
        _selected.Clear();
        _ordinals = Values.Count == 0 ? null : SegmentOrdinals.For(reader, Facet);
        var values = _ordinals is null ? null : reader.GetSortedSetDocValues(IndexFields.FacetValues(Facet));
        if (values is not null)
            foreach (var value in Values)
                if (values.LookupTerm(new BytesRef(value)) is var ord and >= 0) _selected.Add((int)ord);
        if (yearRanges.Count > 0)
        {
            _years = reader.GetNumericDocValues(IndexFields.YearOrder);
            _hasYear = reader.GetDocsWithField(IndexFields.YearOrder);
        }
    }

    public bool Matches(int doc)
    {
        if (_ordinals is not null && _selected.Count > 0)
            foreach (var ord in _ordinals.Of(doc))
                if (_selected.Contains(ord)) return true;
        if (_years is not null && _hasYear is not null && _hasYear.Get(doc))
        {
            var year = _years.Get(doc);
            foreach (var (from, to) in yearRanges)
                if ((from is null || year >= from) && (to is null || year <= to)) return true;
        }
        return false;
    }
}
