using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// One facet's value ordinals for every document of one segment, held in memory as two arrays (where each document's
/// ordinals start, and the ordinals). Counting a facet over a million matches reads them at a few nanoseconds a value,
/// where decoding the doc values on disk costs tens (Solr's UnInvertedField is the same idea). A segment never changes,
/// so its arrays are made once, on the first search that needs them, and dropped with the segment.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<SegmentOrdinals?>>> Cache = [];

    private readonly int[] _starts;
    private readonly int[] _ordinals;

    private SegmentOrdinals(int[] starts, int[] ordinals, int valueCount)
    {
        _starts = starts;
        _ordinals = ordinals;
        ValueCount = valueCount;
    }

    public int ValueCount { get; }

    /// <summary>The ordinals of the segment's documents for a facet; null when no document of it has a value.</summary>
    public static SegmentOrdinals? For(AtomicReader reader, string facet)
    {
        var perFacet = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<SegmentOrdinals?>>());
        return perFacet.GetOrAdd(facet, f => new Lazy<SegmentOrdinals?>(() => Load(reader, f))).Value;
    }

    public ReadOnlySpan<int> Of(int doc) => _ordinals.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);

    private static SegmentOrdinals? Load(AtomicReader reader, string facet)
    {
        var values = reader.GetSortedSetDocValues(IndexFields.FacetValues(facet));
        if (values is null || values.ValueCount == 0) return null;
        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ordinals.Add((int)ord);
        }
        starts[reader.MaxDoc] = ordinals.Count;
        return new SegmentOrdinals(starts, [.. ordinals], (int)values.ValueCount);
    }
}
