using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Importers.Crossref;

public sealed class CrossrefWorkMapping
{
    private const string ChineseDoi = "10.5555/jweia.2021.104652";
    private const string ArabicDoi = "10.5555/978-3-030-00000-0_7";
    private const string RussianDoi = "10.5555/vestnik.2020.5.17";

    private static Task<ResourceRecord> ChineseAsync() => CrossrefFixtures.RecordAsync("work.json", ChineseDoi);

    private static Task<ResourceRecord> ArabicAsync() => CrossrefFixtures.RecordAsync("work-envelope.json", ArabicDoi);

    private static Task<ResourceRecord> FromListAsync(string doi) => CrossrefFixtures.RecordAsync("work-list.json", doi);

    [Fact]
    public async Task NamesCrossrefAsSourceAndTheNormalisedDoiAsRecordId()
    {
        var record = await ChineseAsync();

        Assert.Equal("crossref", record.Source);
        Assert.Equal(ChineseDoi, record.SourceRecordId);
        Assert.Contains(new Identifier(IdentifierKind.Doi, ChineseDoi), record.Identifiers);
    }

    [Fact]
    public async Task ReadsChineseTitleFirstAndTheEnglishVariantAfterItWithoutGuessingTheirLanguage()
    {
        var record = await ChineseAsync();

        Assert.Equal(
            [new LocalizedText("und", "大跨度悬索桥颤振稳定性的数值模拟"),
             new LocalizedText("und", "Numerical simulation of the flutter stability of long-span suspension bridges")],
            record.Titles);
        Assert.Equal("zh", record.Language);
    }

    [Fact]
    public async Task WritesChineseNamesFamilyNameFirstAndLatinNamesGivenNameFirst()
    {
        var record = await ChineseAsync();

        Assert.Equal(["张伟", "Na Li", "Jianguo Wang"], record.Contributors.Select(c => c.Name));
    }

    [Fact]
    public async Task KeepsTheBareOrcidAndTheFirstAffiliationOfAnAuthor()
    {
        var author = (await ChineseAsync()).Contributors[0];

        Assert.Equal("0000-0002-1825-0097", author.Orcid);
        Assert.Equal("同济大学 土木工程防灾国家重点实验室", author.Affiliation);
    }

    [Fact]
    public async Task TurnsAJatsAbstractIntoPlainTextWithoutItsAbstractHeading()
    {
        var record = await ChineseAsync();

        Assert.Equal(
            "针对主跨 1 650 m 的悬索桥，采用 CFD 数值模拟与节段模型风洞试验相结合的方法，研究了颤振临界风速 Ucr 随攻角的变化规律。"
            + " 结果表明：中央稳定板可使 Ucr 提高 12% 以上。",
            Assert.Single(record.Abstracts).Text);
    }

    [Fact]
    public async Task TakesYearAndFullDateFromPublished()
    {
        var record = await ChineseAsync();

        Assert.Equal(2021, record.Year);
        Assert.Equal(new DateOnly(2021, 6, 3), record.PublishedOn);
    }

    [Fact]
    public async Task LeavesTheDateEmptyWhenOnlyYearAndMonthAreKnown()
    {
        var record = await ArabicAsync();

        Assert.Equal(2019, record.Year);
        Assert.Null(record.PublishedOn);
    }

    [Fact]
    public async Task TakesTheJournalAsPublisherAndTheFirstLicence()
    {
        var record = await ChineseAsync();

        Assert.Equal("Journal of Wind Engineering and Industrial Aerodynamics", record.Publisher);
        Assert.Equal("https://www.elsevier.com/tdm/userlicense/1.0/", record.Licence);
    }

    [Fact]
    public async Task KeepsOnlyTheWorksOwnIdentifiersNotThoseOfFundersReferencesOrRelations()
    {
        var record = await ChineseAsync();

        Assert.Equal(
            ["doi:10.5555/jweia.2021.104652", "issn:0167-6105", "url:https://doi.org/10.5555/jweia.2021.104652"],
            record.Identifiers.Select(i => i.Key));
    }

    [Fact]
    public async Task ReadsSubjectsAndTheJournalArticleType()
    {
        var record = await ChineseAsync();

        Assert.Equal(ResourceType.JournalArticle, record.Type);
        Assert.Equal(
            ["Civil and Structural Engineering", "Mechanical Engineering", "Renewable Energy, Sustainability and the Environment"],
            record.Subjects);
    }

    [Fact]
    public async Task ReadsArabicTitleWithItsOriginalTitleAsAVariant()
    {
        var record = await ArabicAsync();

        Assert.Equal(
            ["تقييم أداء الخرسانة عالية المقاومة في المناخ الصحراوي", "Performance of high-strength concrete in desert climates"],
            record.Titles.Select(t => t.Text));
        Assert.Equal("ar", record.Language);
        Assert.Equal("وقائع المؤتمر الدولي للهندسة المدنية في المناطق الجافة", record.Publisher);
    }

    [Fact]
    public async Task DecodesEntitiesInAnArabicAbstract()
    {
        var record = await ArabicAsync();

        Assert.Equal(
            "تتناول هذه الورقة سلوك الخرسانة عالية المقاومة (w/c < 0.35) تحت دورات الحرارة & الجفاف في المناخ الصحراوي.",
            Assert.Single(record.Abstracts).Text);
    }

    [Fact]
    public async Task ReadsAnOrganisationAuthorByItsName()
    {
        var record = await ArabicAsync();

        Assert.Equal(["أحمد المنصوري", "Arab Concrete Research Consortium"], record.Contributors.Select(c => c.Name));
        Assert.Equal("جامعة القاهرة، كلية الهندسة", record.Contributors[0].Affiliation);
    }

    [Fact]
    public async Task MergesTheTwoPrintingsOfOneIsbnAndReadsTheProceedingsType()
    {
        var record = await ArabicAsync();

        Assert.Equal(["isbn:9783044217115"], record.Identifiers.Where(i => i.Kind == IdentifierKind.Isbn).Select(i => i.Key));
        Assert.Equal(ResourceType.ConferencePaper, record.Type);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0", record.Licence);
    }

    [Fact]
    public async Task AppendsTheSubtitleToARussianTitle()
    {
        var record = await FromListAsync(RussianDoi);

        Assert.Equal("Исследование усталостной прочности сварных соединений: экспериментальный подход", Assert.Single(record.Titles).Text);
        Assert.Equal("ru", record.Language);
    }

    [Fact]
    public async Task ReadsAnOrcidUrlWithALowerCaseCheckCharacter()
    {
        var record = await FromListAsync(RussianDoi);

        Assert.Equal("0000-0001-5109-370X", Assert.Single(record.Contributors).Orcid);
    }

    [Fact]
    public async Task CollapsesWhitespaceAndNonBreakingSpacesInAnAbstract()
    {
        var record = await FromListAsync(RussianDoi);

        Assert.Equal("Рассмотрены сварные соединения стальных пролётных строений мостов.", Assert.Single(record.Abstracts).Text);
    }

    [Fact]
    public async Task ReadsAFullPublicationDateAndBothIssns()
    {
        var record = await FromListAsync(RussianDoi);

        Assert.Equal(new DateOnly(2020, 5, 17), record.PublishedOn);
        Assert.Equal(["issn:1997-0935", "issn:2304-6600"], record.Identifiers.Where(i => i.Kind == IdentifierKind.Issn).Select(i => i.Key));
    }

    [Fact]
    public async Task TakesTheBookAsPublisherOfAFrenchChapter()
    {
        var record = await FromListAsync("10.5555/dunod.ouvrages.ch3");

        Assert.Equal(ResourceType.BookChapter, record.Type);
        Assert.Equal("Ouvrages d'art : conception et calcul", record.Publisher);
        Assert.Contains(new Identifier(IdentifierKind.Isbn, "9782100725311"), record.Identifiers);
    }

    [Fact]
    public async Task FallsBackToThePublisherOfASpanishDissertation()
    {
        var record = await FromListAsync("10.5555/unam.tesis.2017.42");

        Assert.Equal(ResourceType.Thesis, record.Type);
        Assert.Equal("Universidad Nacional Autónoma de México", record.Publisher);
        Assert.Equal("José Luis Hernández García", Assert.Single(record.Contributors).Name);
        Assert.Equal("es", record.Language);
    }

    [Fact]
    public async Task StripsInlineMarkupFromATitle()
    {
        var record = await FromListAsync("10.5555/engrxiv.2023.0042");

        Assert.Equal("Graph neural networks for in situ damage detection in steel trusses", Assert.Single(record.Titles).Text);
    }

    [Fact]
    public async Task SeparatesJatsParagraphsAndDropsTheAbstractHeading()
    {
        var record = await FromListAsync("10.5555/engrxiv.2023.0042");

        Assert.Equal("We train a graph network on strain records. It finds 94% of cracked members.", Assert.Single(record.Abstracts).Text);
    }

    [Fact]
    public async Task KeepsEachSubjectOnceWhateverItsCase()
    {
        var record = await FromListAsync("10.5555/engrxiv.2023.0042");

        Assert.Equal(["Structural Engineering", "Machine Learning"], record.Subjects);
    }

    [Theory]
    [InlineData("10.5555/engrxiv.2023.0042", ResourceType.JournalArticle)]
    [InlineData("10.5555/iso.19650-1.2018", ResourceType.Standard)]
    [InlineData("10.5555/zenodo.7654321", ResourceType.Dataset)]
    [InlineData("10.5555/nist.tn.2150", ResourceType.TechnicalReport)]
    public async Task MapsCrossrefTypes(string doi, ResourceType expected)
    {
        var record = await FromListAsync(doi);

        Assert.Equal(expected, record.Type);
    }

    [Fact]
    public async Task TakesTheYearFromIssuedWhenNothingWasPublished()
    {
        var record = await FromListAsync("10.5555/unam.tesis.2017.42");

        Assert.Equal(2017, record.Year);
        Assert.Equal(new DateOnly(2017, 3, 30), record.PublishedOn);
    }

    [Fact]
    public async Task ReadsAnUnknownTypeAsOther()
    {
        var results = await CrossrefFixtures.ReadTextAsync("""{"DOI": "10.5555/e.1", "title": ["Issue"], "type": "journal-issue"}""");

        Assert.Equal(ResourceType.Other, Assert.Single(results).Record?.Type);
    }
}
