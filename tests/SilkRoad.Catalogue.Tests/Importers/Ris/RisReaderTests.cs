using SilkRoad.Catalogue.Importers.Ris;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Importers.Ris;

public sealed class RisReaderTests
{
    private const string Chinese = "高速铁路桥梁的 抗震性能评估";
    private const string Arabic = "إدارة الموارد المائية في المدن الذكية";
    private const string Russian = "Прочность сварных соединений при низких температурах";

    [Fact]
    public void IsNamedRis() => Assert.Equal("ris", new RisReader().Format);

    [Fact]
    public async Task TheFixtureReallyHasABomAndCrlfLineEnds()
    {
        var bytes = await File.ReadAllBytesAsync(RisFixture.PathOf("records.ris"));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\r\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsEveryRecordDespiteBomCrlfBlankLinesAndAHeader()
    {
        var results = await RisFixture.ReadAsync("records.ris");

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(13, results.Count);
        Assert.Equal("ris:records.ris", results[0].Record!.Source);
    }

    [Fact]
    public async Task ReadsChineseTitleJoinedFromAContinuationLine()
    {
        var record = await RisFixture.RecordAsync(Chinese);

        Assert.Equal("cnki-2021-0042", record.SourceRecordId);
        Assert.Equal(ResourceType.JournalArticle, record.Type);
        Assert.Equal("und", Assert.Single(record.Titles).Language);
        Assert.Equal("zh", record.Language);
    }

    [Fact]
    public async Task ReadsAuthorsFromAuAndA1AndIgnoresEditors()
    {
        var record = await RisFixture.RecordAsync(Chinese);

        Assert.Equal(["刘洋", "陈静", "Zhou, Min"], record.Contributors.Select(c => c.Name));
    }

    [Fact]
    public async Task ReadsOneKeywordPerKwLine()
    {
        var record = await RisFixture.RecordAsync(Chinese);

        Assert.Equal(["高速铁路", "抗震", "桥梁"], record.Keywords.Select(k => k.Text));
    }

    [Fact]
    public async Task JoinsAbstractContinuationLinesWithASpace()
    {
        var record = await RisFixture.RecordAsync(Chinese);

        Assert.Equal("本文提出了一种评估方法。 该方法适用于高速铁路桥梁。", Assert.Single(record.Abstracts).Text);
    }

    [Fact]
    public async Task TakesYearFromPyAndTheFullDateFromDa()
    {
        var record = await RisFixture.RecordAsync(Chinese);

        Assert.Equal(2021, record.Year);
        Assert.Equal(new DateOnly(2021, 6, 30), record.PublishedOn);
    }

    [Fact]
    public async Task ReadsJournalDoiAndIssn()
    {
        var record = await RisFixture.RecordAsync(Chinese);

        Assert.Equal("铁道学报", record.Publisher);
        Assert.Equal(
            [new Identifier(IdentifierKind.Doi, "10.3969/j.issn.1001-8360.2021.06.001"), new Identifier(IdentifierKind.Issn, "1001-8360")],
            record.Identifiers);
    }

    [Fact]
    public async Task ReadsArabicConferencePaperWithItsSecondaryTitleAsPublisher()
    {
        var record = await RisFixture.RecordAsync(Arabic);

        Assert.Equal(ResourceType.ConferencePaper, record.Type);
        Assert.Equal(["الحسن، محمد", "Haddad, Leila"], record.Contributors.Select(c => c.Name));
        Assert.Equal("المؤتمر العربي للهندسة المدنية", record.Publisher);
        Assert.Equal("ar", record.Language);
        Assert.Equal(new DateOnly(2019, 11, 5), record.PublishedOn);
        Assert.Equal([new Identifier(IdentifierKind.Url, "https://example.org/papers/7")], record.Identifiers);
    }

    [Fact]
    public async Task ReadsRussianThesisWithAccessionNumberAsId()
    {
        var record = await RisFixture.RecordAsync(Russian);

        Assert.Equal("RSL-OD-61-20-1234", record.SourceRecordId);
        Assert.Equal(ResourceType.Thesis, record.Type);
        Assert.Equal("Кузнецов, Дмитрий Алексеевич", Assert.Single(record.Contributors).Name);
        Assert.Equal("Томский политехнический университет", record.Publisher);
        Assert.Equal("ru", record.Language);
    }

    [Fact]
    public async Task ReadsAnIsoDateInPy()
    {
        var record = await RisFixture.RecordAsync(Russian);

        Assert.Equal(new DateOnly(2020, 5, 17), record.PublishedOn);
        Assert.Equal(2020, record.Year);
    }

    [Fact]
    public async Task SplitsKeywordsThatShareALineOnSemicolons()
    {
        var record = await RisFixture.RecordAsync(Russian);

        Assert.Equal(["сварка", "прочность"], record.Keywords.Select(k => k.Text));
    }

    [Fact]
    public async Task ReadsSnOfABookAsIsbnAndPrefersTheFullJournalName()
    {
        var record = await RisFixture.RecordAsync("Hydraulic Structures");

        Assert.Equal([new Identifier(IdentifierKind.Isbn, "9780306406157")], record.Identifiers);
        Assert.Equal("Full Journal Name Is Not Used For Books", record.Publisher);
        Assert.Equal(2007, record.Year);
        Assert.Null(record.PublishedOn);
    }

    [Fact]
    public async Task ReadsSnOfAPatentAsItsPatentNumber()
    {
        var record = await RisFixture.RecordAsync("Method for monitoring cracks in concrete");

        Assert.Equal(ResourceType.Patent, record.Type);
        Assert.Equal([new Identifier(IdentifierKind.PatentNumber, "US7654321B2")], record.Identifiers);
    }

    [Fact]
    public async Task BuildsAnIdFromPositionAndTitleWhenTheRecordHasNone()
    {
        var record = await RisFixture.RecordAsync("Hydraulic Structures");

        Assert.Matches("^record-4-[0-9a-f]{12}$", record.SourceRecordId);
    }

    [Fact]
    public async Task GivesReImportsTheSameSourceRecordIds()
    {
        var first = await RisFixture.ReadAsync("records.ris");
        var second = await RisFixture.ReadAsync("records.ris");

        Assert.Equal(first.Select(r => r.Record?.SourceRecordId), second.Select(r => r.Record?.SourceRecordId));
        Assert.Equal(first.Count, first.Select(r => r.Record?.SourceRecordId).Distinct().Count());
    }

    [Theory]
    [InlineData("A conference paper", ResourceType.ConferencePaper)]
    [InlineData("A chapter", ResourceType.BookChapter)]
    [InlineData("A dataset", ResourceType.Dataset)]
    [InlineData("A generic record", ResourceType.Other)]
    [InlineData("A news item", ResourceType.News)]
    [InlineData("A standard", ResourceType.Standard)]
    [InlineData("An audiovisual material", ResourceType.Other)]
    [InlineData("Technical report without any identifier", ResourceType.TechnicalReport)]
    public async Task MapsTypeCodes(string title, ResourceType expected) =>
        Assert.Equal(expected, (await RisFixture.RecordAsync(title)).Type);
}
