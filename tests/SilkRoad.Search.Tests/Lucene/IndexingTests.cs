using System.Runtime.CompilerServices;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Search.Tests.Lucene;

public sealed class IndexingTests
{
    [Fact]
    public async Task An_indexed_resource_is_found_by_a_word_of_its_title()
    {
        using var index = await new TestIndex().AddAsync(
            new IndexedResourceBuilder(1).Titled("Wind turbine blade fatigue"),
            new IndexedResourceBuilder(2).Titled("Concrete bridge inspection"));

        Assert.Equal([1L], await TestIndex.IdsAsync(index.SearchAsync("turbine")));
    }

    [Fact]
    public async Task Indexing_a_resource_again_replaces_it()
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled("Wind turbine blade fatigue"));
        await index.AddAsync(new IndexedResourceBuilder(1).Titled("Offshore wind turbine foundations"));

        var results = await index.SearchAsync("turbine");

        Assert.Equal(1, results.Total);
        Assert.Equal("Offshore wind turbine foundations", results.Hits[0].Titles[0].Text);
        Assert.Equal(1, index.Index.Count);
    }

    [Fact]
    public async Task A_withdrawn_resource_leaves_the_index()
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled("Wind turbine blade fatigue"));
        var withdrawn = new IndexedResourceBuilder(1).Titled("Wind turbine blade fatigue").Build() with { Withdrawn = true };

        await index.Index.UpsertAsync([withdrawn], CancellationToken.None);
        await index.Index.CommitAsync(new IndexWatermark(DateTime.UtcNow), CancellationToken.None);

        Assert.Equal(0, (await index.SearchAsync("turbine")).Total);
    }

    [Fact]
    public async Task Uncommitted_changes_are_not_searched()
    {
        using var index = new TestIndex();
        await index.Index.UpsertAsync([new IndexedResourceBuilder(1).Titled("Wind turbine").Build()], CancellationToken.None);

        Assert.Equal(0, (await index.SearchAsync("turbine")).Total);
    }

    [Fact]
    public async Task The_watermark_survives_reopening_the_index()
    {
        var at = new DateTime(2026, 5, 1, 12, 30, 15, DateTimeKind.Utc).AddTicks(1234);
        using var index = new TestIndex();
        await index.Index.UpsertAsync([new IndexedResourceBuilder(1).Titled("Wind turbine").Build()], CancellationToken.None);
        await index.Index.CommitAsync(new IndexWatermark(at), CancellationToken.None);
        index.Index.Dispose();

        using var reopened = new LuceneSearchIndex(index.Path, new SearchOptions());

        Assert.Equal(at, reopened.Watermark.ChangedAt);
        Assert.Equal(1, reopened.Count);
    }

    [Fact]
    public async Task A_watermark_is_seen_only_once_searches_see_what_its_commit_added()
    {
        // Readers (the portal's figures, a test waiting for an import) take a new watermark as "searches now see this":
        // one published before the searcher was refreshed made them count the index as it was before the commit.
        using var index = new TestIndex();
        const int Commits = 20, PerCommit = 250;
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        using var done = new CancellationTokenSource();
        var stale = new List<string>();
        var seenCount = 0;
        using var watching = new ManualResetEventSlim();
        // A thread of its own, started before the first commit: a pool thread may come only after the commits.
        var watcher = Task.Factory.StartNew(() =>
        {
            watching.Set();
            var seen = IndexWatermark.None;
            while (true)
            {
                var finished = done.IsCancellationRequested; // a last look after the last commit
                var watermark = WatermarkOf(index.Index);
                if (watermark != seen)
                {
                    seen = watermark;
                    seenCount++;
                    var committed = (long)(watermark.ChangedAt - start).TotalMinutes * PerCommit;
                    var searched = index.Index.Count;
                    if (searched < committed) stale.Add($"the watermark of {committed} documents while {searched} were searched");
                }
                if (finished) return;
                Thread.SpinWait(20);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        watching.Wait();

        try
        {
            for (var i = 1; i <= Commits; i++)
            {
                var batch = Enumerable.Range((i - 1) * PerCommit, PerCommit)
                    .Select(n => new IndexedResourceBuilder(n).Titled("Centrifugal pump " + n).Build()).ToList();
                await index.Index.UpsertAsync(batch, CancellationToken.None);
                await index.Index.CommitAsync(new IndexWatermark(start.AddMinutes(i)), CancellationToken.None);
            }
        }
        finally
        {
            await done.CancelAsync();
            await watcher;
        }

        Assert.True(seenCount > 0, "the watcher saw no watermark");
        Assert.Empty(stale);
    }

    // Read afresh by every call: a read inlined into the watcher's loop could be hoisted out of it, and never change.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IndexWatermark WatermarkOf(LuceneSearchIndex index) => index.Watermark;

    [Fact]
    public async Task Compacting_merges_the_index_into_one_segment_and_keeps_its_documents_and_watermark()
    {
        using var index = new TestIndex(searchThreads: 1);
        // One commit each: a segment each.
        for (var id = 1; id <= 4; id++) await index.AddAsync(new IndexedResourceBuilder(id).Titled($"Wind turbine {id}"));
        await index.AddAsync(new IndexedResourceBuilder(2).Titled("Tidal turbine 2"));
        var watermark = index.Index.Watermark;
        Assert.True(index.Index.SegmentCount > 1);

        await index.Index.CompactAsync(CancellationToken.None);

        Assert.Equal(1, index.Index.SegmentCount);
        Assert.Equal(4, (await index.SearchAsync("turbine")).Total);
        Assert.Equal([2L], await TestIndex.IdsAsync(index.SearchAsync("tidal")));
        index.Index.Dispose();
        using var reopened = new LuceneSearchIndex(index.Path, new SearchOptions());
        Assert.Equal(1, reopened.SegmentCount);
        Assert.Equal(4, reopened.Count);
        Assert.Equal(watermark, reopened.Watermark);
    }

    // Bug: closing the index committed whatever was pending under the last watermark, so a rebuild interrupted after
    // it had emptied the index left a nearly empty index that claimed to be up to date: no synchronisation refilled it.
    [Fact]
    public async Task Closing_the_index_drops_what_was_not_committed()
    {
        using var index = await new TestIndex().AddAsync(
            new IndexedResourceBuilder(1).Titled("Wind turbine"), new IndexedResourceBuilder(2).Titled("Tidal turbine"));
        var watermark = index.Index.Watermark;
        await index.Index.ClearAsync(CancellationToken.None);
        await index.Index.UpsertAsync([new IndexedResourceBuilder(3).Titled("Wave turbine").Build()], CancellationToken.None);
        index.Index.Dispose();

        using var reopened = new LuceneSearchIndex(index.Path, new SearchOptions());

        Assert.Equal(2, reopened.Count);
        Assert.Equal(watermark, reopened.Watermark);
    }

    // Bug: an index that could not be read (a crash while writing, a disk fault, a partial copy) made the constructor
    // throw, so the portal failed at every start. The index is derived from the store: it starts again empty, with no
    // watermark, and the next synchronisation refills it.
    [Theory]
    [InlineData("truncated")]
    [InlineData("overwritten")]
    [InlineData("missing")]
    public async Task A_damaged_index_starts_again_empty(string damage)
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled("Wind turbine"));
        index.Index.Dispose();
        foreach (var file in Directory.GetFiles(index.Path).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var name = System.IO.Path.GetFileName(file);
            if (damage == "truncated") File.WriteAllBytes(file, File.ReadAllBytes(file)[..10]);
            else if (damage == "overwritten" && name.StartsWith("segments", StringComparison.Ordinal)) File.WriteAllText(file, "not an index");
            else if (damage == "missing" && name.EndsWith(".cfs", StringComparison.Ordinal)) File.Delete(file);
        }

        using (var reopened = new LuceneSearchIndex(index.Path, new SearchOptions()))
        {
            Assert.True(reopened.IsWritable);
            Assert.Equal(0, reopened.Count);
            Assert.True(reopened.Watermark.IsNone);
            await reopened.UpsertAsync([new IndexedResourceBuilder(2).Titled("Tidal turbine").Build()], CancellationToken.None);
            await reopened.CommitAsync(new IndexWatermark(DateTime.UtcNow), CancellationToken.None);
        }

        using var refilled = new LuceneSearchIndex(index.Path, new SearchOptions());
        Assert.Equal(1, refilled.Count);
    }

    [Fact]
    public async Task A_second_process_on_the_same_index_reads_and_sees_new_commits()
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(1).Titled("Wind turbine"));
        using var reader = new LuceneSearchIndex(index.Path, new SearchOptions());
        Assert.False(reader.IsWritable);
        Assert.Equal(1, (await reader.SearchAsync(new SearchRequest { Query = "turbine" }, CancellationToken.None)).Total);

        await index.AddAsync(new IndexedResourceBuilder(2).Titled("Tidal turbine"));
        await Task.Delay(TimeSpan.FromMilliseconds(600));

        Assert.Equal(2, (await reader.SearchAsync(new SearchRequest { Query = "turbine" }, CancellationToken.None)).Total);
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.ClearAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Hits_carry_titles_with_languages_year_authors_and_source_record_ids()
    {
        using var index = await new TestIndex().AddAsync(new IndexedResourceBuilder(7)
            .Titled("Grid-scale battery storage").Titled("电网级电池储能", "zh").In(2021).By("Li Wei").From("csv:demo.csv", "zh-017"));

        var hit = Assert.Single((await index.SearchAsync("battery")).Hits);

        Assert.Equal(7, hit.Id);
        Assert.Equal("journal-article", hit.Type);
        Assert.Contains(hit.Titles, t => t is { Language: "zh", Text: "电网级电池储能" });
        Assert.Equal(2021, hit.Year);
        Assert.Equal(["Li Wei"], hit.Authors);
        Assert.Equal(["zh-017"], hit.SourceRecordIds);
    }
}
