using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Statistics;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search;
using SilkRoad.Web.Figures;

namespace SilkRoad.Web.Tests;

public sealed class PortalFiguresTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task TheHomePageCountsWhatTheIndexCounts()
    {
        var stats = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/catalogue/stats", UriKind.Relative));

        var html = await fixture.GetHtmlAsync("/en/");

        Assert.Contains($"<span class=\"number\">{stats.GetProperty("total").GetInt64()}</span> Resources", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/en/search?type=patent\">Patent</a> <span class=\"count\">{stats.GetProperty("byType").GetProperty("Patent").GetInt64()}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/en/search?language=ar\">Arabic</a> <span class=\"count\">{stats.GetProperty("byLanguage").GetProperty("ar").GetInt64()}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContributorsAreCountedInTheBackgroundFromTheStartAndShownOnceCounted()
    {
        var expected = (await fixture.Portal.Services.GetRequiredService<CatalogueStatistics>()
            .ComputeDistributionsAsync(CancellationToken.None)).Contributors;
        var count = fixture.Portal.Services.GetRequiredService<ContributorCount>();

        await count.WhenCountedAsync(); // started with the host
        var html = await fixture.GetHtmlAsync("/en/");

        Assert.Equal(expected, count.Current);
        Assert.Contains($"<span class=\"number\">{expected}</span> Authors and contributors", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiguresAreKeptUntilTheIndexChangesAndThenForAtMostAMinute()
    {
        // A portal of its own: the imports below would change the figures the other tests read.
        await using var portal = await PortalFactory.SeededAsync();
        await portal.WaitUntilIndexedAsync();
        var time = new ManualTime(DateTimeOffset.UtcNow);
        var services = portal.Services;
        var reader = new PortalFiguresReader(services.GetRequiredService<ISearchIndex>(),
            services.GetRequiredService<SilkRoadDbContextFactory>(), services.GetRequiredService<ContributorCount>(), time);
        var before = await reader.ReadAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(before.Total, (await reader.ReadAsync(CancellationToken.None)).Total); // nothing changed, nothing recounted
        await portal.ImportAsync(Record());
        await portal.WaitUntilIndexedAsync();
        var soonAfter = await reader.ReadAsync(CancellationToken.None); // counted again: the index changed after 30 min
        await portal.ImportAsync(Record("2"));
        await portal.WaitUntilIndexedAsync();
        var withinAMinute = await reader.ReadAsync(CancellationToken.None);
        time.Advance(PortalFiguresReader.MaxAge);
        var aMinuteLater = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(before.Total + 1, soonAfter.Total);
        Assert.Equal(before.ByType.GetValueOrDefault("thesis") + 1, soonAfter.ByType["thesis"]);
        Assert.Equal(before.ByYear.GetValueOrDefault(1999) + 1, soonAfter.ByYear[1999]);
        Assert.Equal(before.ByCountry.GetValueOrDefault("NP") + 1, soonAfter.ByCountry["NP"]);
        Assert.Equal(soonAfter.Total, withinAMinute.Total);
        Assert.Equal(soonAfter.Total + 1, aMinuteLater.Total);
        Assert.Equal(before.SourceRecords + 2, aMinuteLater.SourceRecords);
    }

    private static ResourceRecord Record(string suffix = "1")
    {
        var record = new ResourceRecord
        {
            Source = "figures-test",
            SourceRecordId = "figures-" + suffix,
            Type = ResourceType.Thesis,
            Year = 1999,
            Language = "en",
        };
        record.Titles.Add(new LocalizedText("en", "Hydropower cascades of the Karnali basin, part " + suffix));
        record.Countries.Add("NP");
        return record;
    }

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
