using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Importers.OaiPmh;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Tests.Importers.OaiPmh;

public sealed class OaiPmhHarvesterTests : IAsyncLifetime
{
    private readonly ImmediateTimeProvider _time = new();
    private OaiPmhTestRepository _repository = null!; // Started in InitializeAsync, before any test runs.

    public async Task InitializeAsync() => _repository = await OaiPmhTestRepository.StartAsync();

    public async Task DisposeAsync() => await _repository.DisposeAsync();

    [Fact]
    public async Task HarvestsAllThreePagesFollowingResumptionTokens()
    {
        var pages = await HarvestAsync(Request());

        Assert.Equal([OaiPmhTestPages.SecondToken, OaiPmhTestPages.ThirdToken, null], pages.Select(p => p.ResumptionToken));
        Assert.Equal(
            ["oai:repo.test:1", "oai:repo.test:2", "oai:repo.test:3", "oai:repo.test:4", "oai:repo.test:5", "oai:repo.test:6"],
            pages.SelectMany(p => p.Records).Select(r => r.Record?.SourceRecordId));
    }

    [Fact]
    public async Task SendsPrefixSetAndFromOnTheFirstRequest()
    {
        await HarvestAsync(Request());

        Assert.Equal(
            Query(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("set", "eng"), ("from", "2024-01-01")),
            _repository.Requests[0]);
    }

    [Fact]
    public async Task ResumesWithOnlyTheVerbAndTheToken()
    {
        await HarvestAsync(Request());

        Assert.Equal(
            [Query(("verb", "ListRecords"), ("resumptionToken", OaiPmhTestPages.SecondToken)),
             Query(("verb", "ListRecords"), ("resumptionToken", OaiPmhTestPages.ThirdToken))],
            _repository.Requests.Skip(1));
    }

    [Fact]
    public async Task PassesAFullUtcFromThroughAsGiven()
    {
        await HarvestAsync(Request() with { From = "2024-01-01T06:30:00Z" });

        Assert.Equal("2024-01-01T06:30:00Z", _repository.Requests[0]["from"]);
    }

    [Fact]
    public async Task ResumingFromATokenYieldsOnlyTheRemainingPages()
    {
        var pages = await HarvestAsync(Request() with { ResumptionToken = OaiPmhTestPages.ThirdToken });

        var page = Assert.Single(pages);
        Assert.Equal(["oai:repo.test:5", "oai:repo.test:6"], page.Records.Select(r => r.Record?.SourceRecordId));
        Assert.Equal(Query(("verb", "ListRecords"), ("resumptionToken", OaiPmhTestPages.ThirdToken)), Assert.Single(_repository.Requests));
    }

    [Fact]
    public async Task CarriesEachPagesResponseDateAndTheListsFirst()
    {
        var pages = await HarvestAsync(Request());

        Assert.Equal([OaiPmhTestPages.FirstResponseDate, "2024-05-01T10:00:05Z", "2024-05-01T10:00:09Z"], pages.Select(p => p.ResponseDate));
        Assert.All(pages, p => Assert.Equal(OaiPmhTestPages.FirstResponseDate, p.ListStartedAt));
        Assert.Equal(6, pages[0].CompleteListSize);
    }

    [Fact]
    public async Task LeavesTheListStartUnknownWhenResuming()
    {
        var pages = await HarvestAsync(Request() with { ResumptionToken = OaiPmhTestPages.SecondToken });

        Assert.All(pages, p => Assert.Null(p.ListStartedAt));
    }

    [Fact]
    public async Task EndsTheListWhenAPageHasNoResumptionToken()
    {
        var pages = await HarvestAsync(Request(set: "single"));

        var page = Assert.Single(pages);
        Assert.Null(page.ResumptionToken);
        Assert.Single(page.Records);
    }

    [Fact]
    public async Task ReadsChineseArabicAndRussianRecordsWithTheRepositoryAsSource()
    {
        var records = (await HarvestAsync(Request())).SelectMany(p => p.Records).Select(r => r.Record).OfType<ResourceRecord>().ToList();

        Assert.Equal(("zh", "城市地下综合管廊抗震设计方法"), (records[0].Titles[0].Language, records[0].Titles[0].Text));
        Assert.Equal("ar", records[1].Titles[0].Language);
        Assert.Equal(("und", "ru"), (records[2].Titles[0].Language, records[2].Language));
        Assert.All(records, r => Assert.Equal($"oai:127.0.0.1:{_repository.BaseUrl.Port}/oai", r.Source));
    }

    [Fact]
    public async Task FlagsDeletedRecords()
    {
        var records = (await HarvestAsync(Request())).SelectMany(p => p.Records).Select(r => r.Record).OfType<ResourceRecord>();

        Assert.Equal(["oai:repo.test:4"], records.Where(r => r.Deleted).Select(r => r.SourceRecordId));
    }

    [Fact]
    public async Task TreatsNoRecordsMatchAsAnEmptyCompleteHarvest()
    {
        var pages = await HarvestAsync(Request(set: "empty"));

        var page = Assert.Single(pages);
        Assert.Empty(page.Records);
        Assert.Null(page.ResumptionToken);
    }

    [Fact]
    public async Task WaitsAsRetryAfterSaysAfterA503ThenGoesOn()
    {
        _repository.RefuseNext(1);
        _repository.RetryAfter = "7";

        var pages = await HarvestAsync(Request());

        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Waits);
        Assert.Equal(6, pages.Sum(p => p.Records.Count));
        Assert.Equal(4, _repository.Requests.Count);
    }

    [Fact]
    public async Task CapsTheRetryAfterWaitAtTheConfiguredMaximum()
    {
        _repository.RefuseNext(1);
        _repository.RetryAfter = "3600";

        await HarvestAsync(Request());

        Assert.Equal([TimeSpan.FromSeconds(60)], _time.Waits);
    }

    [Fact]
    public async Task ReadsRetryAfterGivenAsAnHttpDate()
    {
        _repository.RefuseNext(1);
        _repository.RetryAfter = _time.Now.AddSeconds(30).ToString("r", CultureInfo.InvariantCulture);

        await HarvestAsync(Request());

        Assert.Equal([TimeSpan.FromSeconds(30)], _time.Waits);
    }

    [Fact]
    public async Task WaitsTheDefaultWhenA503NamesNoRetryAfter()
    {
        _repository.RefuseNext(1);
        _repository.RetryAfter = null;

        await HarvestAsync(Request());

        Assert.Equal([TimeSpan.FromSeconds(10)], _time.Waits);
    }

    [Fact]
    public async Task RetriesOnTheRealClockWithATinyCap()
    {
        _repository.RefuseNext(1);
        _repository.RetryAfter = "30";
        var client = new OaiPmhClient(_repository.Http, Options.Create(new OaiPmhOptions { MaxRetryWait = TimeSpan.FromMilliseconds(1) }));

        var pages = await HarvestAsync(Request(), new OaiPmhHarvester(client));

        Assert.Equal(3, pages.Count);
    }

    [Fact]
    public async Task GivesUpAfterTheMaximumNumberOfRetries()
    {
        _repository.RefuseNext(100);

        var exception = await Assert.ThrowsAsync<HttpRequestException>(
            () => HarvestAsync(Request(), Harvester(new OaiPmhOptions { MaxRetries = 2 })));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(3, _repository.Requests.Count);
    }

    [Fact]
    public async Task RaisesBadResumptionTokenWithItsCode()
    {
        var exception = await Assert.ThrowsAsync<OaiPmhException>(
            () => HarvestAsync(Request() with { ResumptionToken = "expired-token" }));

        Assert.Equal("badResumptionToken", exception.Code);
        Assert.Contains("The resumptionToken 'expired-token' is invalid or expired.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaisesCannotDisseminateFormatWithItsCode()
    {
        var exception = await Assert.ThrowsAsync<OaiPmhException>(
            () => HarvestAsync(Request() with { MetadataPrefix = "marc21" }));

        Assert.Equal("cannotDisseminateFormat", exception.Code);
    }

    [Fact]
    public async Task RaisesInvalidResponseForAPageThatBreaksOff()
    {
        var exception = await Assert.ThrowsAsync<OaiPmhException>(() => HarvestAsync(Request(set: "broken")));

        Assert.Equal(OaiPmhException.InvalidResponseCode, exception.Code);
        Assert.Contains("broken XML", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopsWhenTheRepositoryHandsBackTheTokenItWasGiven()
    {
        var exception = await Assert.ThrowsAsync<OaiPmhException>(() => HarvestAsync(Request(set: "stuck")));

        Assert.Equal(OaiPmhException.InvalidResponseCode, exception.Code);
        Assert.Equal(2, _repository.Requests.Count);
    }

    private OaiPmhHarvestRequest Request(string set = "eng") => new(_repository.BaseUrl) { Set = set, From = "2024-01-01" };

    private OaiPmhHarvester Harvester(OaiPmhOptions? options = null) =>
        new(new OaiPmhClient(_repository.Http, Options.Create(options ?? new OaiPmhOptions()), _time));

    private async Task<List<HarvestPage>> HarvestAsync(OaiPmhHarvestRequest request, OaiPmhHarvester? harvester = null)
    {
        var pages = new List<HarvestPage>();
        await foreach (var page in (harvester ?? Harvester()).HarvestAsync(request, CancellationToken.None))
            pages.Add(page);
        return pages;
    }

    private static Dictionary<string, string> Query(params (string Name, string Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
