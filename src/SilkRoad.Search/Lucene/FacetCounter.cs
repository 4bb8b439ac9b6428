using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SilkRoad.Search.Lucene;

/// <summary>Counts one facet's values over the documents it is given, by ordinal within each segment.</summary>
internal sealed class FacetCounter(string facet) : IDisposable
{
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private SegmentOrdinals? _ordinals;
    private int[]? _counts;
    private long _valueCount;

    public string Facet { get; } = facet;

    public void SetNextReader(AtomicReader reader)
    {
        Fold();
        _values = reader.GetSortedSetDocValues(IndexFields.FacetValues(Facet));
        _ordinals = SegmentOrdinals.For(reader, Facet);
        _valueCount = _ordinals?.ValueCount ?? 0;
        if (_valueCount > 0)
        {
            _counts = ArrayPool<int>.Shared.Rent((int)_valueCount);
            Array.Clear(_counts, 0, (int)_valueCount);
        }
    }

    public void Count(int doc)
    {
        if (_ordinals is null || _counts is null) return;
        _ordinals.Count(doc, _counts);
    }

    /// <summary>Every value counted, with its count.</summary>
    public IReadOnlyDictionary<string, long> Finish()
    {
        Fold();
        return _totals;
    }

    // Ordinals are per segment: at the end of each, the counted ones are turned into values.
    private void Fold()
    {
        if (_values is null || _counts is null) return;
        var term = new BytesRef();
        for (var ord = 0; ord < _valueCount; ord++)
        {
            if (_counts[ord] == 0) continue;
            _values.LookupOrd(ord, term);
            var value = term.Utf8ToString();
            _totals[value] = _totals.GetValueOrDefault(value) + _counts[ord];
        }
        ArrayPool<int>.Shared.Return(_counts);
        _counts = null;
        _values = null;
    }

    public void Dispose()
    {
        if (_counts is not null) ArrayPool<int>.Shared.Return(_counts);
        _counts = null;
    }
}
