using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;
using CsvRecordReader = SilkRoad.Catalogue.Importers.Csv.CsvReader;

namespace SilkRoad.Catalogue.Tests.Importers.Csv;

public sealed class CsvReaderRows
{
    [Fact]
    public void IsNamedCsv() => Assert.Equal("csv", new CsvRecordReader().Format);

    [Fact]
    public async Task ReadsEveryGoodRowInFileOrderAroundTheBrokenOnes()
    {
        var results = await CsvFixtures.ReadAsync("resources.csv");

        Assert.Equal(
            ["zh-001", "ar-001", "ru-001", "fr-001", "es-001", "pat-001", "misc-001"],
            results.Select(r => r.Record?.SourceRecordId).OfType<string>());
    }

    [Fact]
    public async Task NamesTheFileAsSourceAndTheIdColumnAsRecordId()
    {
        var record = await CsvFixtures.RowAsync("zh-001");

        Assert.Equal("csv:resources.csv", record.Source);
        Assert.Equal("zh-001", record.SourceRecordId);
    }

    [Fact]
    public async Task TagsChineseTitleAbstractAndKeywordsWithTheRowsLanguage()
    {
        var record = await CsvFixtures.RowAsync("zh-001");

        Assert.Equal(new LocalizedText("zh", "大跨度悬索桥颤振稳定性研究"), Assert.Single(record.Titles));
        Assert.Equal(new LocalizedText("zh", "采用风洞试验研究颤振临界风速。"), Assert.Single(record.Abstracts));
        Assert.Equal("zh", record.Language);
    }

    [Fact]
    public async Task SplitsChineseKeywordsOnFullWidthSemicolons()
    {
        var record = await CsvFixtures.RowAsync("zh-001");

        Assert.Equal(["桥梁工程", "抗风设计", "颤振"], record.Keywords.Select(k => k.Text));
    }

    [Fact]
    public async Task ReadsAuthorsYearDoiCountryAndSourceOfAChineseRow()
    {
        var record = await CsvFixtures.RowAsync("zh-001");

        Assert.Equal(["张伟", "李娜"], record.Contributors.Select(c => c.Name));
        Assert.Equal(2021, record.Year);
        Assert.Equal([new Identifier(IdentifierKind.Doi, "10.5555/jweia.2021.104652")], record.Identifiers);
        Assert.Equal(["CN"], record.Countries);
        Assert.Equal("土木工程学报", record.Publisher);
        Assert.Equal(ResourceType.JournalArticle, record.Type);
    }

    [Fact]
    public async Task ReadsArabicRowWithItsLanguageAndSplitsKeywordsOnArabicCommas()
    {
        var record = await CsvFixtures.RowAsync("ar-001");

        Assert.Equal(new LocalizedText("ar", "تقييم أداء الخرسانة عالية المقاومة"), Assert.Single(record.Titles));
        Assert.Equal(["الخرسانة", "المناخ الصحراوي", "المتانة"], record.Keywords.Select(k => k.Text));
        Assert.All(record.Keywords, k => Assert.Equal("ar", k.Language));
        Assert.Equal(ResourceType.ConferencePaper, record.Type);
    }

    [Fact]
    public async Task ReadsCountriesByEnglishNameAndCode()
    {
        var record = await CsvFixtures.RowAsync("ar-001");

        Assert.Equal(["EG", "SA"], record.Countries);
    }

    [Fact]
    public async Task ReadsAQuotedRussianAbstractThatSpansLinesAndHoldsCommas()
    {
        var record = await CsvFixtures.RowAsync("ru-001");

        Assert.Equal(
            "Рассмотрены сварные соединения стальных пролётных строений мостов, испытанных на усталость.",
            Assert.Single(record.Abstracts).Text);
        Assert.Equal("Усталостная прочность сварных соединений, экспериментальный подход", Assert.Single(record.Titles).Text);
    }

    [Fact]
    public async Task NormalisesADoiUrlAndAThreeLetterCountryCode()
    {
        var record = await CsvFixtures.RowAsync("ru-001");

        Assert.Equal("10.5555/vestnik.2020.5.17", Assert.Single(record.Identifiers).Value);
        Assert.Equal(["RU"], record.Countries);
        Assert.Equal(["Иван Петров", "Ольга Смирнова"], record.Contributors.Select(c => c.Name));
    }

    [Fact]
    public async Task ReadsEscapedQuotesAndCommaSeparatedFrenchKeywords()
    {
        var record = await CsvFixtures.RowAsync("fr-001");

        Assert.Equal("Les ponts en arc : \"histoire\" et techniques", Assert.Single(record.Titles).Text);
        Assert.Equal(["béton", "durabilité", "fissuration"], record.Keywords.Select(k => k.Text));
        Assert.Equal("fr", Assert.Single(record.Titles).Language);
        Assert.Equal(ResourceType.BookChapter, record.Type);
        Assert.Equal(["FR"], record.Countries);
    }

    [Fact]
    public async Task ReadsALanguageGivenByItsEnglishNameAndDropsUnknownCountries()
    {
        var record = await CsvFixtures.RowAsync("es-001");

        Assert.Equal("es", record.Language);
        Assert.Equal(["sismo", "mampostería"], record.Keywords.Select(k => k.Text));
        Assert.Equal(["MX"], record.Countries);
        Assert.Equal(ResourceType.Thesis, record.Type);
    }

    [Fact]
    public async Task LeavesValuesUndeterminedWhenTheRowStatesNoLanguage()
    {
        var record = await CsvFixtures.RowAsync("pat-001");

        Assert.Null(record.Language);
        Assert.All(record.Titles.Concat(record.Keywords), t => Assert.Equal("und", t.Language));
    }

    [Fact]
    public async Task TrimsAuthorNamesAndReadsAPatent()
    {
        var record = await CsvFixtures.RowAsync("pat-001");

        Assert.Equal(["Wei Zhang", "Amina Okafor"], record.Contributors.Select(c => c.Name));
        Assert.Equal(ResourceType.Patent, record.Type);
        Assert.Equal(["CN", "US"], record.Countries);
    }

    [Fact]
    public async Task ReadsAnEmptyTypeAsOtherAndAnEmptyYearAsUnknown()
    {
        var record = await CsvFixtures.RowAsync("misc-001");

        Assert.Equal(ResourceType.Other, record.Type);
        Assert.Null(record.Year);
        Assert.Null(record.Publisher);
        Assert.Empty(record.Abstracts);
    }

    [Fact]
    public async Task ReadsCrLfLineEndingsAByteOrderMarkAndColumnsInAnyOrder()
    {
        var results = await CsvFixtures.ReadTextAsync("\uFEFFYEAR,Title,Id\r\n2020,\"Tunnel\r\nventilation\",t-1\r\n");

        var record = Assert.Single(results).Record;
        Assert.NotNull(record);
        Assert.Equal(("t-1", 2020, "Tunnel ventilation"), (record.SourceRecordId, record.Year, record.Titles[0].Text));
    }

    [Fact]
    public async Task ReadsTheSameWhenTheStreamDeliversOneByteAtATime()
    {
        var whole = await CsvFixtures.ReadAsync("resources.csv");
        var trickled = await CsvFixtures.ReadAsync("resources.csv", maxChunk: 1);

        Assert.Equal(whole.Select(r => r.Record?.SourceRecordId ?? r.Error?.ToString()), trickled.Select(r => r.Record?.SourceRecordId ?? r.Error?.ToString()));
    }

    [Fact]
    public async Task YieldsTheFirstRowOfALargeFileBeforeReadingMuchOfIt()
    {
        var rows = Enumerable.Range(1, 20000).Select(i => $"r-{i},\"Bridge inspection report {i}\",report,en,{new string('x', 200)}");
        var bytes = System.Text.Encoding.UTF8.GetBytes("id,title,type,language,abstract\n" + string.Join("\n", rows) + "\n");
        await using var stream = new ChunkedStream(bytes, 4096);

        await using var records = new CsvRecordReader().ReadAsync(stream, "big.csv", CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await records.MoveNextAsync());

        Assert.Equal("r-1", records.Current.Record?.SourceRecordId);
        Assert.True(stream.BytesRead < bytes.Length / 10, $"read {stream.BytesRead} of {bytes.Length} bytes before the first row");
    }
}
