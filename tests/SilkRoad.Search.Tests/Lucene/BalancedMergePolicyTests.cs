using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Search.Tests.Lucene;

/// <summary>Compaction into as many segments as threads search: the segments are shared out evenly.</summary>
public sealed class BalancedMergePolicyTests
{
    // Segments of these sizes, written without any merging, then merged by the policy into two.
    private static List<int> ForceMerge(MergePolicy policy, int[] sizes, int segments)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, Config(NoMergePolicy.NO_COMPOUND_FILES)))
        {
            var id = 0;
            foreach (var size in sizes)
            {
                for (var i = 0; i < size; i++) writer.AddDocument(new Document { new StringField("id", $"{id++}", Field.Store.NO) });
                writer.Commit();
            }
        }
        using (var writer = new IndexWriter(directory, Config(policy)))
        {
            writer.ForceMerge(segments, doWait: true);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        return [.. reader.Leaves.Select(l => l.AtomicReader.NumDocs).Order()];
    }

    private static IndexWriterConfig Config(MergePolicy policy) =>
        new(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { MergePolicy = policy, MaxBufferedDocs = 1000 };

    private static readonly int[] Sizes = [40, 5, 5, 10, 5, 20, 5, 10, 15, 5];

    [Fact]
    public void Forced_into_two_the_segments_are_shared_out_largest_first()
    {
        Assert.Equal([60, 60], ForceMerge(new BalancedMergePolicy(), Sizes, 2));
    }

    [Fact]
    public void Lucenes_own_policy_would_keep_the_largest_segment_and_merge_the_rest()
    {
        // What the balanced policy is for: searched by two threads, one would have a third of the work.
        Assert.Equal([40, 80], ForceMerge(new TieredMergePolicy(), Sizes, 2));
    }

    [Fact]
    public void Segments_already_as_few_as_asked_are_left_as_they_are()
    {
        Assert.Equal([10, 30], ForceMerge(new BalancedMergePolicy(), [30, 10], 2));
        Assert.Equal([40], ForceMerge(new BalancedMergePolicy(), [30, 10], 1));
    }
}
