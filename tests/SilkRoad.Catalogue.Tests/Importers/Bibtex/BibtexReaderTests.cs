using SilkRoad.Catalogue.Importers.Bibtex;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Importers.Bibtex;

public sealed class BibtexReaderTests
{
    [Fact]
    public void IsNamedBibtex() => Assert.Equal("bibtex", new BibtexReader().Format);

    [Fact]
    public async Task ReadsEveryEntryAndSkipsCommentPreambleStringsAndLooseText()
    {
        var results = await BibtexFixture.ReadAsync("references.bib");

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(
            ["zhang2021bridge", "alfarsi2019desal", "ivanov2020grid", "mueller2018", "costs2017", "accents2016",
             "chen2023gnn", "wang2020patent", "unesco2022", "petrova2015"],
            results.Select(r => r.Record!.SourceRecordId));
    }

    [Fact]
    public async Task NamesTheSourceAfterTheFile()
    {
        var record = await BibtexFixture.RecordAsync("zhang2021bridge");

        Assert.Equal("bibtex:references.bib", record.Source);
    }

    [Fact]
    public async Task ReadsChineseTitleAuthorsJournalAndStatedLanguage()
    {
        var record = await BibtexFixture.RecordAsync("zhang2021bridge");

        Assert.Equal(ResourceType.JournalArticle, record.Type);
        var title = Assert.Single(record.Titles);
        Assert.Equal("大跨度斜拉桥的抗风设计方法", title.Text);
        Assert.Equal("und", title.Language);
        Assert.Equal("zh", record.Language);
        Assert.Equal(["张伟", "李娜", "Wang, Fang"], record.Contributors.Select(c => c.Name));
        Assert.Equal("土木工程学报", record.Publisher);
    }

    [Fact]
    public async Task CollapsesAbstractSpreadOverLines()
    {
        var record = await BibtexFixture.RecordAsync("zhang2021bridge");

        Assert.Equal("本文研究了大跨度斜拉桥 在强风作用下的稳定性。", Assert.Single(record.Abstracts).Text);
    }

    [Fact]
    public async Task SplitsKeywordsOnCommasAndSemicolons()
    {
        var record = await BibtexFixture.RecordAsync("zhang2021bridge");

        Assert.Equal(["斜拉桥", "抗风设计", "风洞试验"], record.Keywords.Select(k => k.Text));
    }

    [Fact]
    public async Task TakesPublishedOnFromAFullDateField()
    {
        var record = await BibtexFixture.RecordAsync("zhang2021bridge");

        Assert.Equal(new DateOnly(2021, 3, 15), record.PublishedOn);
        Assert.Equal(2021, record.Year);
    }

    [Fact]
    public async Task GivesNoPublishedOnForMonthAndYearAlone()
    {
        var record = await BibtexFixture.RecordAsync("ivanov2020grid");

        Assert.Null(record.PublishedOn);
        Assert.Equal(2020, record.Year);
    }

    [Fact]
    public async Task ReadsArabicTitleAndKeepsABracedOrganisationWhole()
    {
        var record = await BibtexFixture.RecordAsync("alfarsi2019desal");

        Assert.Equal("تحلية المياه بالطاقة الشمسية في المناطق الجافة", Assert.Single(record.Titles).Text);
        Assert.Equal(["الفارسي، أحمد", "منظمة الأغذية والزراعة"], record.Contributors.Select(c => c.Name));
        Assert.Equal("ar", record.Language);
        Assert.Equal(2019, record.Year);
    }

    [Fact]
    public async Task ExpandsStringMacroUsedAsAValue()
    {
        var record = await BibtexFixture.RecordAsync("alfarsi2019desal");

        Assert.Equal("Journal of Civil Engineering", record.Publisher);
    }

    [Fact]
    public async Task ReadsRussianTitleAndAuthors()
    {
        var record = await BibtexFixture.RecordAsync("ivanov2020grid");

        Assert.Equal(ResourceType.ConferencePaper, record.Type);
        Assert.Equal("Устойчивость энергосистем с ВИЭ при низкой инерции", Assert.Single(record.Titles).Text);
        Assert.Equal(["Иванов, Сергей Петрович", "Smirnova, Olga"], record.Contributors.Select(c => c.Name));
        Assert.Equal("ru", record.Language);
    }

    [Fact]
    public async Task ConcatenatesAMacroThatIsItselfConcatenatedWithText()
    {
        var record = await BibtexFixture.RecordAsync("ivanov2020grid");

        Assert.Equal("IEEE Power and Energy Society General Meeting 2020", record.Publisher);
    }

    [Fact]
    public async Task ExpandsBuiltInMonthMacro()
    {
        var record = await BibtexFixture.RecordAsync("unesco2022");

        Assert.Equal("Engineering for Sustainable Development: January 2022 report", Assert.Single(record.Titles).Text);
    }

    [Fact]
    public async Task MapsAnUnknownEntryTypeToOther()
    {
        var record = await BibtexFixture.RecordAsync("unesco2022");

        Assert.Equal(ResourceType.Other, record.Type);
        Assert.Equal("UNESCO", Assert.Single(record.Contributors).Name);
    }

    [Fact]
    public async Task ReadsAnEntryInParenthesesWithParenthesesInsideAQuotedValue()
    {
        var record = await BibtexFixture.RecordAsync("petrova2015");

        Assert.Equal(ResourceType.Thesis, record.Type);
        Assert.Equal("Теплообмен (и массообмен) в каналах", Assert.Single(record.Titles).Text);
        Assert.Equal("МГТУ им. Н. Э. Баумана", record.Publisher);
        Assert.Equal(2015, record.Year);
    }

    [Fact]
    public async Task ReadsDoiAsANormalisedIdentifier()
    {
        var record = await BibtexFixture.RecordAsync("zhang2021bridge");

        Assert.Contains(new Identifier(IdentifierKind.Doi, "10.15951/j.tmgcxb.2021.03.001"), record.Identifiers);
    }

    [Fact]
    public async Task ReadsIsbnAsIsbn13AndPublisher()
    {
        var record = await BibtexFixture.RecordAsync("mueller2018");

        Assert.Equal(ResourceType.Book, record.Type);
        Assert.Equal([new Identifier(IdentifierKind.Isbn, "9780306406157")], record.Identifiers);
        Assert.Equal("Springer", record.Publisher);
    }

    [Fact]
    public async Task ReadsIssn()
    {
        var record = await BibtexFixture.RecordAsync("alfarsi2019desal");

        Assert.Equal([new Identifier(IdentifierKind.Issn, "0378-7753")], record.Identifiers);
    }

    [Fact]
    public async Task ReadsArxivEprintAndUrl()
    {
        var record = await BibtexFixture.RecordAsync("chen2023gnn");

        Assert.Contains(new Identifier(IdentifierKind.ArxivId, "2301.01234"), record.Identifiers);
        Assert.Contains(new Identifier(IdentifierKind.Url, "https://arxiv.org/abs/2301.01234"), record.Identifiers);
    }

    [Fact]
    public async Task KeepsUrlEscapesLiteralAndDoesNotTurnTildeIntoSpace()
    {
        var record = await BibtexFixture.RecordAsync("costs2017");

        Assert.Equal([new Identifier(IdentifierKind.Url, "https://example.org/reports/costs_2017~v2")], record.Identifiers);
        Assert.Equal("Oak Ridge National Laboratory", record.Publisher);
        Assert.Equal(ResourceType.TechnicalReport, record.Type);
    }

    [Fact]
    public async Task ReadsPatentNumberFromTheNumberField()
    {
        var record = await BibtexFixture.RecordAsync("wang2020patent");

        Assert.Equal(ResourceType.Patent, record.Type);
        Assert.Equal([new Identifier(IdentifierKind.PatentNumber, "CN110981234A")], record.Identifiers);
        Assert.Equal("一种混凝土裂缝自修复材料", Assert.Single(record.Titles).Text);
    }

    [Fact]
    public async Task GivesReImportsTheSameSourceRecordIds()
    {
        var first = await BibtexFixture.ReadAsync("references.bib");
        var second = await BibtexFixture.ReadAsync("references.bib");

        Assert.Equal(first.Select(r => r.Record?.SourceRecordId), second.Select(r => r.Record?.SourceRecordId));
    }
}
