using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// The values selected in one facet (OR between them), checked document by document on the facet's doc values. A
/// filter is checked while collecting, not put into the query, because the facet's own counts must be computed as if
/// it were not applied (see <see cref="FacetingCollector"/>). A year filter is checked on the year itself: its
/// <see cref="Values"/> are the selected years and ranges as the year facet lists them, one per range.
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
        if (yearRanges.Count > 0)
        {
            _years = reader.GetNumericDocValues(IndexFields.YearOrder);
            _hasYear = reader.GetDocsWithField(IndexFields.YearOrder);
            return;
        }
        _ordinals = Values.Count == 0 ? null : SegmentOrdinals.For(reader, Facet);
        var values = _ordinals is null ? null : reader.GetSortedSetDocValues(IndexFields.FacetValues(Facet));
        if (values is not null)
            foreach (var value in Values)
                if (values.LookupTerm(new BytesRef(value)) is var ord and >= 0) _selected.Add((int)ord);
    }

    /// <summary>The count of a selected value among a facet's counts: a year range holds every year inside it.</summary>
    public long Count(string value, IReadOnlyDictionary<string, long> counts)
    {
        for (var i = 0; i < yearRanges.Count; i++)
        {
            if (Values[i] != value) continue;
            var (from, to) = yearRanges[i];
            return counts
                .Where(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    && (from is null || year >= from) && (to is null || year <= to))
                .Sum(c => c.Value);
        }
        return counts.GetValueOrDefault(value);
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
