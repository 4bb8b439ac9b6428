using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Importers;

public sealed class ResourceImporterTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task StoresEachRecordAsAResourceWithTaggedLanguages(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);

        var summary = await host.ImportAsync(
            new ResourceBuilder("s", "1").Titled("太阳能光伏发电系统的设计与优化").In(2020).Build(),
            new ResourceBuilder("s", "2").Titled("تحلية المياه بالطاقة الشمسية في المناطق الجافة").In(2021).Build(),
            new ResourceBuilder("s", "3").Titled("Мостовые конструкции из высокопрочного бетона").In(2019).Build());

        Assert.Equal(3, summary.New);
        var resources = await host.ResourcesAsync();
        Assert.Equal(["zh", "ar", "ru"], resources.Select(r => r.Document.Titles.Single().Language));
        Assert.All(resources, r => Assert.True(r.Document.Titles.Single().Detected));
    }

    // Bug: documents were written with \uXXXX escapes for every Chinese, Arabic or Cyrillic character, a third more store.
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task StoresNonLatinTextAsItIsNotAsEscapes(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(new ResourceBuilder("s", "1").Titled("高速铁路桥梁抗震设计", "zh").In(2020).Build());

        await using var context = host.Contexts.Create();
        var document = await context.Resources.Select(r => r.Document).SingleAsync();

        Assert.Contains("高速铁路桥梁抗震设计", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", document, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ReimportingTheSameRecordsChangesNothing(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var records = Enumerable.Range(1, 25)
            .Select(i => new ResourceBuilder("s", $"{i}").Titled($"Geotechnical survey of slope number {i}", "en").In(2000 + i).Build())
            .ToArray();
        await host.ImportAsync(records);
        var before = await host.SnapshotAsync();

        var again = await host.ImportAsync(records);

        Assert.Equal(25, again.Unchanged);
        Assert.Equal(0, again.New + again.Merged + again.Updated);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task MergesRecordsThatShareADoiWhateverItsSpelling(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(new ResourceBuilder("crossref", "10.1016/J.ENERGY.2020.ABC").Titled("Smart grids for rural areas", "en").WithDoi("10.1016/J.ENERGY.2020.ABC").Build());

        var summary = await host.ImportAsync(
            new ResourceBuilder("openalex", "W1").Titled("农村地区的智能电网", "zh").WithDoi("https://doi.org/10.1016/j.energy.2020.abc").Build());

        Assert.Equal(1, summary.Merged);
        var resource = Assert.Single(await host.ResourcesAsync());
        Assert.Equal(["en", "zh"], resource.Document.Languages);
        var figures = await host.Statistics.ComputeAsync(CancellationToken.None);
        Assert.Equal(1, figures.Total);
        Assert.Equal(2, figures.SourceRecords);
        Assert.Equal(1, figures.DuplicatesMerged);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task MergesNearDuplicatesByTitleYearAndFirstAuthor(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);

        var summary = await host.ImportAsync(
            new ResourceBuilder("a", "1").Titled("Seismic Retrofitting of Masonry Buildings", "en").By("Ahmed Khan").In(2018).Build(),
            new ResourceBuilder("b", "9").Titled("Seismic retrofitting of masonry buildings.", "en").By("Khan, A.").In(2018).Build(),
            new ResourceBuilder("c", "5").Titled("Seismic retrofitting of masonry buildings", "en").By("Khan, A.").In(2019).Build());

        Assert.Equal(2, summary.New);
        Assert.Equal(1, summary.Merged);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task RejectsBadRecordsAndKeepsTheRest(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var errors = new List<ImportError>();

        var summary = await host.Importer.ImportAsync(ResourceBuilder.Stream(
                ParseResult.Ok(new ResourceBuilder("s", "1").Titled("Water treatment membranes", "en").Build()),
                ParseResult.Fail(new ImportError("in.jsonl", 2, "invalid JSON")),
                ParseResult.Ok(new ResourceBuilder("s", "3").Titled("Membranes de traitement de l'eau", "fr").Build())),
            null, "in.jsonl", errors.Add, null, CancellationToken.None);

        Assert.Equal((3, 2, 1), (summary.Read, summary.New, summary.Rejected));
        Assert.Equal("in.jsonl:line 2: invalid JSON", Assert.Single(errors).ToString());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AnInterruptedImportRerunEndsInTheSameStoreAsAnUninterruptedOne(StorageProvider provider)
    {
        var records = Enumerable.Range(1, 57).Select(i => new ResourceBuilder("s", $"{i}")
            .Titled($"Corrosion of steel reinforcement in marine concrete, case {i % 50}", "en")
            .By("Li Wei").In(2010 + i % 50 % 7).Build()).ToArray();
        await using var clean = await CatalogueHost.StartAsync(provider, batchSize: 10);
        await clean.Importer.ImportAsync(ResourceBuilder.Stream(records.Select(ParseResult.Ok).ToArray()), "input", "in", null, null, CancellationToken.None);

        await using var interrupted = await CatalogueHost.StartAsync(provider, batchSize: 10);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.Importer.ImportAsync(
            FailAfter(records, 34), "input", "in", null, null, CancellationToken.None));
        var resumed = await interrupted.Importer.ImportAsync(
            ResourceBuilder.Stream(records.Select(ParseResult.Ok).ToArray()), "input", "in", null, null, CancellationToken.None);

        Assert.Equal(30, resumed.Resumed);
        Assert.Equal(await clean.SnapshotAsync(), await interrupted.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AWithdrawnRecordLeavesATombstoneOnlyWhenItWasTheLastSource(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync(
            new ResourceBuilder("oai", "a").Titled("Hydropower in the Mekong basin", "en").WithDoi("10.5555/mekong.1").Build(),
            new ResourceBuilder("crossref", "10.5555/mekong.1").Titled("Hydropower in the Mekong basin", "en").WithDoi("10.5555/mekong.1").Build(),
            new ResourceBuilder("oai", "b").Titled("Wind farms of Patagonia and their grid links", "en").Build());

        var summary = await host.ImportAsync(ResourceBuilder.Deletion("oai", "a"), ResourceBuilder.Deletion("oai", "b"));

        Assert.Equal(2, summary.Deleted);
        var figures = await host.Statistics.ComputeAsync(CancellationToken.None);
        Assert.Equal((1, 1), (figures.Total, figures.Withdrawn));
    }

    // The import stops the way Ctrl+C stops it: after some records, mid-batch.
    private static async IAsyncEnumerable<ParseResult> FailAfter(IEnumerable<Resources.ResourceRecord> records, int count)
    {
        foreach (var record in records.Take(count))
        {
            await Task.Yield();
            yield return ParseResult.Ok(record);
        }
        throw new OperationCanceledException("stopped");
    }
}
