using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Importers.OaiPmh;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Importers.OaiPmh;

public sealed class OaiDcReaderTests
{
    private const string ListRecords = "list-records.xml";

    [Fact]
    public async Task ReadsOneResultPerRecordInDocumentOrder()
    {
        var results = await ReadAsync(ListRecords);

        Assert.Equal(8, results.Count);
        Assert.Equal(
            ["oai:repository.example.edu.cn:item/20418", "oai:repository.example.edu.cn:item/20431",
             "oai:repository.example.edu.cn:item/20455", "oai:repository.example.edu.cn:item/19002"],
            results.Take(4).Select(r => r.Record?.SourceRecordId));
    }

    [Fact]
    public async Task NamesTheSourceAfterTheFileWhenNoRepositoryIsGiven()
    {
        var chinese = await RecordAsync("item/20418");

        Assert.Equal("oai-dc:" + ListRecords, chinese.Source);
    }

    [Fact]
    public async Task NamesTheSourceTheCallerGives()
    {
        var results = await ReadAsync(ListRecords, new OaiDcReader("oai:repository.example.edu.cn/oai/request"));

        Assert.All(results.Where(r => r.Record is not null),
            r => Assert.Equal("oai:repository.example.edu.cn/oai/request", r.Record!.Source));
    }

    [Fact]
    public async Task ReadsChineseAndEnglishTitlesWithTheirLanguagesAndCollapsedWhitespace()
    {
        var chinese = await RecordAsync("item/20418");

        Assert.Equal(
            [new LocalizedText("zh", "高速铁路桥梁 钢-混凝土组合梁的疲劳性能研究"),
             new LocalizedText("en", "Fatigue behaviour of steel-concrete composite girders for high-speed railway bridges")],
            chinese.Titles);
    }

    [Fact]
    public async Task ReadsArabicTitleAndAbstractWithTheirLanguage()
    {
        var arabic = await RecordAsync("item/20431");

        Assert.Equal("ar", Assert.Single(arabic.Titles).Language);
        Assert.StartsWith("تحليل أداء", arabic.Titles[0].Text, StringComparison.Ordinal);
        Assert.Equal("ar", Assert.Single(arabic.Abstracts).Language);
    }

    [Fact]
    public async Task LeavesAnUntaggedRussianTitleUndeterminedAndPutsDcLanguageOnTheRecord()
    {
        var russian = await RecordAsync("item/20455");

        Assert.Equal("und", Assert.Single(russian.Titles).Language);
        Assert.Equal("ru", russian.Language);
    }

    [Fact]
    public async Task InheritsXmlLangFromTheDublinCoreElement()
    {
        var french = await RecordAsync("item/20502");

        Assert.Equal("fr", Assert.Single(french.Titles).Language);
    }

    [Fact]
    public async Task NormalisesThreeLetterLanguageCodes()
    {
        Assert.Equal("zh", (await RecordAsync("item/20418")).Language);
        Assert.Equal("ar", (await RecordAsync("item/20431")).Language);
    }

    [Fact]
    public async Task SplitsSemicolonSeparatedSubjectsIntoKeywordsAndSubjects()
    {
        var chinese = await RecordAsync("item/20418");

        Assert.Equal(
            [new LocalizedText("zh", "组合梁"), new LocalizedText("zh", "疲劳"), new LocalizedText("en", "composite girder")],
            chinese.Keywords);
        Assert.Equal(["组合梁", "疲劳", "composite girder"], chinese.Subjects);
    }

    [Fact]
    public async Task ReadsCreatorsThenContributorsAsWritten()
    {
        var chinese = await RecordAsync("item/20418");
        var russian = await RecordAsync("item/20455");

        Assert.Equal(["王建国", "李晓明", "中国铁道科学研究院"], chinese.Contributors.Select(c => c.Name));
        Assert.Equal("Иванов, Сергей Петрович", Assert.Single(russian.Contributors).Name);
    }

    [Fact]
    public async Task TakesTheEarliestDateAsThePublicationDate()
    {
        var chinese = await RecordAsync("item/20418");

        Assert.Equal(2021, chinese.Year);
        Assert.Equal(new DateOnly(2021, 6, 15), chinese.PublishedOn);
    }

    [Fact]
    public async Task ReadsYearOnlyAndYearMonthDatesWithoutADay()
    {
        var arabic = await RecordAsync("item/20431");
        var french = await RecordAsync("item/20502");

        Assert.Equal((2020, (DateOnly?)null), (arabic.Year, arabic.PublishedOn));
        Assert.Equal((2019, (DateOnly?)null), (french.Year, french.PublishedOn));
    }

    [Fact]
    public async Task ReadsAFullIsoDateTime()
    {
        var russian = await RecordAsync("item/20455");

        Assert.Equal(new DateOnly(2018, 3, 1), russian.PublishedOn);
    }

    [Fact]
    public async Task ReadsEuRepoSemanticsTypesByTheirLastSegment()
    {
        Assert.Equal(ResourceType.JournalArticle, (await RecordAsync("item/20418")).Type);
        Assert.Equal(ResourceType.Thesis, (await RecordAsync("item/20431")).Type);
        Assert.Equal(ResourceType.ConferencePaper, (await RecordAsync("item/20455")).Type);
    }

    [Fact]
    public async Task GivesOtherForATypeItDoesNotKnow()
    {
        var french = await RecordAsync("item/20502");

        Assert.Equal(ResourceType.Other, french.Type);
    }

    [Fact]
    public async Task ReadsADoiFromAResolverUrlAndKeepsOtherUrls()
    {
        var chinese = await RecordAsync("item/20418");

        Assert.Equal(
            [new Identifier(IdentifierKind.Doi, "10.11817/j.issn.1672-7207.2021.06.012"),
             new Identifier(IdentifierKind.Url, "https://repository.example.edu.cn/handle/20418")],
            chinese.Identifiers);
    }

    [Fact]
    public async Task ReadsDoiPrefixedAndUrnIsbnIdentifiers()
    {
        var arabic = await RecordAsync("item/20431");

        Assert.Equal(
            [new Identifier(IdentifierKind.Doi, "10.21608/ejeng.2020.45123"), new Identifier(IdentifierKind.Isbn, "9780306406157")],
            arabic.Identifiers);
    }

    [Fact]
    public async Task ReadsArxivIdsOnceFromTheIdAndTheAbstractPageUrl()
    {
        var russian = await RecordAsync("item/20455");

        Assert.Equal(
            [new Identifier(IdentifierKind.ArxivId, "1803.01234"), new Identifier(IdentifierKind.Url, "http://arxiv.org/abs/1803.01234")],
            russian.Identifiers);
    }

    [Fact]
    public async Task FindsADoiInsideACitation()
    {
        var french = await RecordAsync("item/20502");

        Assert.Equal(new Identifier(IdentifierKind.Doi, "10.3166/rfgc.12.45-61"), Assert.Single(french.Identifiers));
    }

    [Fact]
    public async Task ReadsPublisher()
    {
        var arabic = await RecordAsync("item/20431");

        Assert.Equal("جامعة القاهرة", arabic.Publisher);
    }

    [Fact]
    public async Task KeepsTheLicenceUrlRatherThanTheAccessRight()
    {
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (await RecordAsync("item/20418")).Licence);
        Assert.Equal("CC BY-NC 4.0", (await RecordAsync("item/20455")).Licence);
    }

    [Fact]
    public async Task ReadsCountriesNamedInCoverage()
    {
        Assert.Equal(["CN"], (await RecordAsync("item/20418")).Countries);
        Assert.Equal(["EG", "SA"], (await RecordAsync("item/20431")).Countries);
        Assert.Equal(["RU"], (await RecordAsync("item/20455")).Countries);
    }

    [Fact]
    public async Task FlagsADeletedHeaderAsADeletedRecordWithoutTitle()
    {
        var deleted = await RecordAsync("item/19002");

        Assert.True(deleted.Deleted);
        Assert.Empty(deleted.Titles);
    }

    [Fact]
    public async Task ReportsARecordWithoutTitleAtItsLine()
    {
        var results = await ReadAsync(ListRecords);

        var error = results[4].Error;
        Assert.NotNull(error);
        Assert.Equal((ListRecords, 85L), (error.File, error.Position));
        Assert.Contains("no title", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsAHeaderWithoutIdentifier()
    {
        var results = await ReadAsync(ListRecords);

        var error = results[5].Error;
        Assert.NotNull(error);
        Assert.Equal(97L, error.Position);
        Assert.Contains("no identifier", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsMetadataInAnotherFormat()
    {
        var results = await ReadAsync(ListRecords);

        var error = results[7].Error;
        Assert.NotNull(error);
        Assert.Contains("not oai_dc", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsAGetRecordResponse()
    {
        var results = await ReadAsync("get-record.xml");

        var record = Assert.Single(results).Record;
        Assert.NotNull(record);
        Assert.Equal("oai:eprints.example.ac.uk:3312", record.SourceRecordId);
        Assert.Equal(ResourceType.Book, record.Type);
        Assert.Equal("en", record.Language);
    }

    [Fact]
    public async Task ReportsAnOaiPmhErrorDocumentAsOneErrorWithCodeAndMessage()
    {
        var results = await ReadAsync("error-bad-argument.xml");

        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Equal(5L, error.Position);
        Assert.Equal("the repository answered badArgument: The request includes illegal arguments: until precedes from.", error.Reason);
    }

    [Fact]
    public async Task ReadsNoRecordsMatchAsAnEmptyListWithoutError()
    {
        var results = await ReadAsync("no-records-match.xml");

        Assert.Empty(results);
    }

    [Fact]
    public async Task YieldsTheRecordsBeforeBrokenXmlThenOneErrorWithLineAndPosition()
    {
        var results = await ReadAsync("broken.xml");

        Assert.Equal(2, results.Count);
        Assert.Equal("oai:repository.example.edu.cn:item/30001", results[0].Record?.SourceRecordId);
        var error = results[1].Error;
        Assert.NotNull(error);
        Assert.Equal(26L, error.Position);
        Assert.StartsWith("broken XML at line 26, position ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsADocumentThatIsNotAnOaiPmhResponse()
    {
        var results = await ReadAsync("not-oai-pmh.xml");

        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Contains("not an OAI-PMH response", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await using var input = File.OpenRead(FixturePath(ListRecords));
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new OaiDcReader().ReadAsync(input, ListRecords, cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        });
        Assert.Equal(1, read);
    }

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "oai-dc", name);

    private static async Task<List<ParseResult>> ReadAsync(string name, OaiDcReader? reader = null)
    {
        await using var input = File.OpenRead(FixturePath(name));
        var results = new List<ParseResult>();
        await foreach (var result in (reader ?? new OaiDcReader()).ReadAsync(input, name, CancellationToken.None))
            results.Add(result);
        return results;
    }

    private static async Task<ResourceRecord> RecordAsync(string idSuffix)
    {
        var results = await ReadAsync(ListRecords);
        return results.Select(r => r.Record).OfType<ResourceRecord>()
            .Single(r => r.SourceRecordId.EndsWith(idSuffix, StringComparison.Ordinal));
    }
}
