using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Importers;

public sealed class ImporterRegressionTests
{
    // Crossref has thousands of author-less "Editorial Board" items per year, each with its own DOI.
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task DifferentDoisWithSameGenericTitleStayApart(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var summary = await host.ImportAsync(
            new ResourceBuilder("crossref", "10.1016/j.a.2020.1").Titled("Editorial Board", "en").WithDoi("10.1016/j.a.2020.1").In(2020).Build(),
            new ResourceBuilder("crossref", "10.1016/j.b.2020.9").Titled("Editorial board", "en").WithDoi("10.1016/j.b.2020.9").In(2020).Build());
        Assert.Equal(2, summary.New);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task TwoChineseThesesSameTitleSameSurnameStayApart(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var summary = await host.ImportAsync(
            new ResourceBuilder("cnki", "t1").Titled("基于深度学习的图像识别方法研究", "zh").By("Wang, Wei").In(2019).Build(),
            new ResourceBuilder("cnki", "t2").Titled("基于深度学习的图像识别方法研究", "zh").By("Wang, Lei").In(2019).Build());
        Assert.Equal(2, summary.New);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task TitleWithNulCharacterIsStoredOrRejectedNotFatal(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var summary = await host.ImportAsync(
            new ResourceBuilder("s", "1").Titled("Fine record about bridges", "en").Build(),
            new ResourceBuilder("s", "2").Titled("Bad\0title about tunnels", "en").Build());
        Assert.Equal(2, summary.New + summary.Rejected);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task LongTitleWithSurrogatePairAtTheCutIsStored(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var title = new string('a', 1999) + "\U00020000" + " tail";
        var summary = await host.ImportAsync(new ResourceBuilder("s", "1").Titled(title, "en").Build());
        Assert.Equal(1, summary.New);
    }

    // Same records; the only difference is whether the deletion and the re-add fall in one batch.
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task DeleteThenReaddInOneBatchLeavesNoOrphan(StorageProvider provider)
    {
        var record = new ResourceBuilder("oai", "x").Titled("Short", "en").Build(); // no keys: no year, short title
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(record);
        await host.ImportAsync(ResourceBuilder.Deletion("oai", "x"), new ResourceBuilder("oai", "x").Titled("Short", "en").Build());

        await using var context = host.Contexts.Create();
        var live = await context.Resources.Where(r => r.DeletedAt == null).Select(r => r.Id).ToListAsync();
        var withSources = await context.ResourceSources.Select(s => s.ResourceId).Distinct().ToListAsync();
        Assert.Equal(withSources.Order(), live.Order()); // every live resource has a source
    }

    // Run 1 rejects a record in its first (committed) batch, then is stopped. Run 2 resumes: its summary, hence the
    // CLI exit code (Rejected > 0), no longer says that the input has a bad record.
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ResumedImportStillReportsEarlierRejections(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider, batchSize: 2);
        ParseResult[] input =
        [
            ParseResult.Ok(new ResourceBuilder("s", "1").Titled("Bridge engineering in deserts", "en").Build()),
            ParseResult.Fail(new ImportError("in.csv", 2, "wrong arity")),
            ParseResult.Ok(new ResourceBuilder("s", "3").Titled("Tunnel engineering in mountains", "en").Build()),
        ];
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Importer.ImportAsync(StopAfter(input, 3), "k", "in.csv", null, null, CancellationToken.None));
        var second = await host.Importer.ImportAsync(ResourceBuilder.Stream(input), "k", "in.csv", null, null, CancellationToken.None);
        Assert.Equal(2, second.Resumed);
        Assert.Equal(1, second.Rejected);
    }

    // e.g. the portal seeding its demo data on an empty store while `silkroad import` runs, or two CLI imports.
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task TwoConcurrentImportsBothSucceed(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var gate = new TaskCompletionSource();
        var first = host.Importer.ImportAsync(Gated(gate.Task,
            new ResourceBuilder("a", "1").Titled("Concrete durability in hot climates", "en").Build()), null, "a", null, null, CancellationToken.None);
        await Task.Delay(500); // let the first writer open (it reads MAX(Id) then)
        await host.ImportAsync(new ResourceBuilder("b", "1").Titled("Rail gauge interoperability in Central Asia", "en").Build());
        gate.SetResult();
        var summary = await first;
        Assert.Equal(1, summary.New);
    }

    private static async IAsyncEnumerable<ParseResult> Gated(Task gate, Resources.ResourceRecord record)
    {
        await gate;
        yield return ParseResult.Ok(record);
    }

    // An import is stopped; the file is then corrected (same length, the change past the first 64 KiB) and imported
    // again. The resume key once matched, so the corrected record was skipped and the store kept the old text; the
    // file's modification time in the key makes it another input, read from the start.
    [Fact]
    public async Task ResumingAChangedFileDoesNotSkipTheChange()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Sqlite, batchSize: 1000);
        var path = Path.Combine(Path.GetTempPath(), $"resume-{Guid.NewGuid():N}.csv");
        string Rows(string fix) => "id,title,year\n" + string.Concat(Enumerable.Range(1, 1500).Select(i =>
            i == 1200 ? "1200,x,y,z\n" // wrong arity: rejected, in the second batch
            : $"{i},{(i == 950 ? fix : "Water")} supply engineering for arid regions volume {i:D5} of the series,2020\n"));
        await File.WriteAllTextAsync(path, Rows("Watre"));
        using (var stop = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                host.Importer.ImportFileAsync(path, null, _ => stop.Cancel(), null, stop.Token));
        }
        await File.WriteAllTextAsync(path, Rows("Water"));
        var second = await host.Importer.ImportFileAsync(path, null, null, null, CancellationToken.None);
        Assert.Equal(0, second.Resumed);
        await using var context = host.Contexts.Create();
        Assert.DoesNotContain(await context.Resources.Select(r => r.Title).ToListAsync(), t => t.StartsWith("Watre", StringComparison.Ordinal));
    }

    // An OAI-PMH incremental harvest (or a corrected file) brings a new version of the same source record.
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ACorrectedRecordReplacesItsOldValues(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(new ResourceBuilder("oai", "1").Titled("Slope stabilty of loess terraces", "en").In(2091).Build());
        var summary = await host.ImportAsync(new ResourceBuilder("oai", "1").Titled("Slope stability of loess terraces", "en").In(2019).Build());
        var resource = Assert.Single(await host.ResourcesAsync());
        Assert.Equal(("Slope stability of loess terraces", (int?)2019, 1L),
            (resource.Document.DisplayTitle, resource.Document.Year, summary.Updated));
    }

    private static async IAsyncEnumerable<ParseResult> StopAfter(ParseResult[] input, int count)
    {
        foreach (var r in input.Take(count)) { await Task.Yield(); yield return r; }
        throw new OperationCanceledException("stopped");
    }
}
