using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// One facet's value ordinals for every document of one segment, held in memory: one per document where no document
/// has more than one value, else two arrays (where each document's ordinals start, and the ordinals). Counting a facet
/// over a million matches reads them at a few nanoseconds a value, where decoding the doc values on disk costs tens
/// (Solr's UnInvertedField is the same idea). A segment never changes, so its arrays are made once, on the first search
/// that needs them, and dropped with the segment.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<SegmentOrdinals?>>> Cache = [];

    private const int NoValue = -1;

    // A facet whose documents have one value at most (type, year) keeps one ordinal per document (NoValue for none);
    // the others keep where each document's ordinals start, and the ordinals.
    private readonly int[]? _single;
    private readonly int[] _starts;
    private readonly int[] _ordinals;

    private SegmentOrdinals(int[]? single, int[] starts, int[] ordinals, int valueCount)
    {
        _single = single;
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

    public ReadOnlySpan<int> Of(int doc) => _single is { } single
        ? single.AsSpan(doc, single[doc] == NoValue ? 0 : 1)
        : _ordinals.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);

    /// <summary>Adds one to the count of each of the document's values. Counting every match of a query is a
    /// quarter of its time, so a document's one value is read directly, without a span.</summary>
    public void Count(int doc, int[] counts)
    {
        if (_single is { } single)
        {
            var ord = single[doc];
            if (ord != NoValue) counts[ord]++;
            return;
        }
        for (var i = _starts[doc]; i < _starts[doc + 1]; i++) counts[_ordinals[i]]++;
    }

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
        if (!IsSingleValued(starts)) return new SegmentOrdinals(null, starts, [.. ordinals], (int)values.ValueCount);
        var single = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++) single[doc] = starts[doc] == starts[doc + 1] ? NoValue : ordinals[starts[doc]];
        return new SegmentOrdinals(single, [], [], (int)values.ValueCount);
    }

    private static bool IsSingleValued(int[] starts)
    {
        for (var doc = 0; doc + 1 < starts.Length; doc++)
            if (starts[doc + 1] - starts[doc] > 1) return false;
        return true;
    }
}
