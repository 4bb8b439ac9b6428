using Lucene.Net.Index;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// Lucene's tiered merge policy, except when the index is compacted (a forced merge into a number of segments): then
/// the segments are merged into parts of about equal numbers of documents (<see cref="BalancedParts"/>), so that
/// searching them in parallel, one part a core, ends at about the same time. The tiered policy's own forced merge
/// leaves the largest segments as they are and merges all the rest into one.
/// </summary>
internal sealed class BalancedMergePolicy : TieredMergePolicy
{
    public override MergeSpecification? FindForcedMerges(SegmentInfos infos, int maxSegmentCount,
        IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        var merging = m_writer.Get().MergingSegments;
        var eligible = infos.Where(segmentsToMerge.ContainsKey).ToList();
        // The writer asks again as each merge ends: the next round is planned when this one is over.
        if (eligible.Any(merging.Contains)) return null;
        // A segment with deleted documents is rewritten without them, unless this compaction wrote it (the value is
        // whether the segment was there when it began): deletions arriving meanwhile would otherwise never let it end.
        bool Purge(SegmentCommitInfo segment) => segment.HasDeletions && segmentsToMerge[segment];
        if (eligible.Count <= maxSegmentCount && !eligible.Any(Purge)) return null;
        var merges = new MergeSpecification();
        foreach (var part in BalancedParts.Split(eligible, s => s.Info.DocCount - s.DelCount, maxSegmentCount))
            if (part.Count > 1 || Purge(part[0])) merges.Add(new OneMerge(part));
        return merges.Merges.Count == 0 ? null : merges;
    }
}
