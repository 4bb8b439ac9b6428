using System.Text;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Importers.OpenAlex;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Importers.OpenAlex;

public sealed class OpenAlexReaderTests
{
    private const string Works = "works.jsonl";

    [Fact]
    public async Task ReadsEveryGoodLineAndReportsEveryBadLineByNumber()
    {
        var (records, errors) = await ReadFixtureAsync(Works);

        Assert.Equal(
            ["W4390012345", "W4321098765", "W4385550001", "W3012345678", "W4200000009", "W4200000010", "W4200000011"],
            records.Select(r => r.SourceRecordId));
        Assert.Equal([6L, 7, 8, 12, 13], errors.Select(e => e.Position));
        Assert.All(errors, e => Assert.Equal(Works, e.File));
        Assert.All(errors, e => Assert.Equal("line", e.PositionKind));
    }

    [Theory]
    [InlineData(6, "invalid JSON")]
    [InlineData(7, "missing id")]
    [InlineData(8, "no title (work W4200000008)")]
    [InlineData(12, "item 1: not a JSON object")]
    [InlineData(13, "'https://openalex.org/A5023888391' is not an OpenAlex work id")]
    public async Task SaysWhyALineWasRejected(long line, string reason)
    {
        var (_, errors) = await ReadFixtureAsync(Works);

        Assert.StartsWith(reason, errors.Single(e => e.Position == line).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesTheRecordByItsOpenAlexWorkNumber()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal("openalex", work.Source);
        Assert.Contains(new Identifier(IdentifierKind.OpenAlexId, "W4390012345"), work.Identifiers);
    }

    [Fact]
    public async Task KeepsTheDoiOnceWhenIdsRepeatsIt()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal(["doi:10.1016/j.engstruct.2024.117321"], work.Identifiers.Where(i => i.Kind == IdentifierKind.Doi).Select(i => i.Key));
    }

    [Fact]
    public async Task KeepsOnlyTheOpenAlexIdWhenTheWorkHasNoDoi()
    {
        var work = await ReadWorkAsync("W4385550001");

        Assert.Equal(["openalex:W4385550001"], work.Identifiers.Select(i => i.Key));
    }

    [Fact]
    public async Task CollapsesWhitespaceInTheTitle()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal(
            [new LocalizedText("und", "A digital twin for fatigue crack growth in orthotropic steel bridge decks")],
            work.Titles);
    }

    [Fact]
    public async Task FallsBackToTheDisplayNameWhenTheTitleIsNull()
    {
        var work = await ReadWorkAsync("W4200000010");

        Assert.Equal("Optimización topológica de estructuras de hormigón", Assert.Single(work.Titles).Text);
    }

    [Theory]
    [InlineData("W4390012345", "en")]
    [InlineData("W4321098765", "zh")]
    [InlineData("W4385550001", "ar")]
    [InlineData("W3012345678", "ru")]
    [InlineData("W4200000010", "es")]
    [InlineData("W4200000011", "fr")]
    public async Task PutsTheWorksLanguageOnTheRecordAndLeavesItsTextsUndetermined(string id, string language)
    {
        var work = await ReadWorkAsync(id);

        Assert.Equal(language, work.Language);
        Assert.All(work.Titles.Concat(work.Abstracts), t => Assert.Equal(Language.UndeterminedCode, t.Language));
    }

    [Fact]
    public async Task TagsKeywordsEnglishWhateverTheWorksLanguageBecauseOpenAlexAssignsThemInEnglish()
    {
        var work = await ReadWorkAsync("W3012345678");

        Assert.NotEmpty(work.Keywords);
        Assert.All(work.Keywords, k => Assert.Equal(Language.En.Code, k.Language));
    }

    [Fact]
    public async Task ReadsAChineseTitleAsWritten()
    {
        var work = await ReadWorkAsync("W4321098765");

        Assert.Equal("高速铁路桥梁地震损伤评估与减隔震设计方法研究", Assert.Single(work.Titles).Text);
    }

    [Fact]
    public async Task ReadsAnArabicTitleAsWritten()
    {
        var work = await ReadWorkAsync("W4385550001");

        Assert.Equal("تصميم محطة تحلية مياه تعمل بالطاقة الشمسية في المناطق الجافة", Assert.Single(work.Titles).Text);
    }

    [Fact]
    public async Task RebuildsTheAbstractInPositionOrderWithRepeatedWords()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal(
            "Fatigue cracks in welded steel bridge decks grow under repeated wheel loads. We propose a digital twin that "
            + "couples a finite element model of the deck with strain data from fibre Bragg grating sensors. The twin "
            + "updates the crack length after each inspection and predicts the remaining fatigue life of the deck.",
            Assert.Single(work.Abstracts).Text);
    }

    [Fact]
    public async Task RebuildsAnArabicAbstractAcrossAGapInPositions()
    {
        var work = await ReadWorkAsync("W4385550001");

        Assert.Equal(
            "تعتمد محطات تحلية المياه على الطاقة الشمسية لخفض استهلاك الطاقة في المناطق الجافة",
            Assert.Single(work.Abstracts).Text);
    }

    [Fact]
    public async Task RebuildsAChineseAbstractFromItsClauses()
    {
        var work = await ReadWorkAsync("W4321098765");

        Assert.StartsWith("针对 高速铁路 桥梁 在 地震 作用下 的 损伤 问题， 本文 建立了", Assert.Single(work.Abstracts).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepsBothWordsThatClaimOnePosition()
    {
        var work = await ReadWorkAsync("W4200000011");

        Assert.Equal("Les crues urbaines éclair menacent", Assert.Single(work.Abstracts).Text);
    }

    [Fact]
    public async Task DropsEmptyWordsFromTheAbstract()
    {
        var work = await ReadWorkAsync("W4200000010");

        Assert.Equal("La optimización topológica reduce el peso de las estructuras de hormigón.", Assert.Single(work.Abstracts).Text);
    }

    [Fact]
    public async Task OrdersWordsWhosePositionsAreFarApart()
    {
        var (records, _) = await ReadTextAsync(
            """{"id":"https://openalex.org/W1000001","title":"Sparse","abstract_inverted_index":{"end.":[90000],"Start":[0],"middle":[4500]}}""");

        Assert.Equal("Start middle end.", Assert.Single(Assert.Single(records).Abstracts).Text);
    }

    [Fact]
    public async Task ReadsTheInvertedIndexInsideMagsWrapper()
    {
        var (records, _) = await ReadTextAsync(
            """{"id":"https://openalex.org/W1000001","title":"Wrapped","abstract_inverted_index":{"IndexLength":2,"InvertedIndex":{"loads.":[1],"Wind":[0]}}}""");

        Assert.Equal("Wind loads.", Assert.Single(Assert.Single(records).Abstracts).Text);
    }

    [Fact]
    public async Task ReadsTheAbstractThatOlderSnapshotsEmbedAsJsonText()
    {
        var work = await ReadWorkAsync("W3012345678");

        Assert.Equal(
            "Рассмотрены методы расчёта железобетонных конструкций на действие пожара. Предложена методика оценки огнестойкости колонн.",
            Assert.Single(work.Abstracts).Text);
    }

    [Theory]
    [InlineData("W4390012345", ResourceType.JournalArticle)] // article
    [InlineData("W3012345678", ResourceType.JournalArticle)] // journal-article, older snapshots
    [InlineData("W4200000010", ResourceType.Thesis)] // dissertation
    [InlineData("W4200000011", ResourceType.JournalArticle)] // preprint
    [InlineData("W4200000009", ResourceType.Other)] // libguides: not a type we know
    public async Task MapsTheWorkType(string id, ResourceType type)
    {
        var work = await ReadWorkAsync(id);

        Assert.Equal(type, work.Type);
    }

    [Fact]
    public async Task ReadsYearAndPublicationDate()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal(2024, work.Year);
        Assert.Equal(new DateOnly(2024, 2, 15), work.PublishedOn);
    }

    [Fact]
    public async Task MapsAuthorsWithTheirFirstInstitutionCountryAndBareOrcid()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal(
            [
                new Contributor("Emily R. Thompson", "University of Leeds", "GB", "0000-0002-1825-0097"),
                new Contributor("Kenji Watanabe", "The University of Tokyo", "JP"),
            ],
            work.Contributors);
    }

    [Fact]
    public async Task KeepsAnAuthorWithoutInstitutions()
    {
        var work = await ReadWorkAsync("W4321098765");

        Assert.Equal(
            [new Contributor("王磊", "Central South University", "CN"), new Contributor("Li Na", null, null, "0000-0001-5109-3700")],
            work.Contributors);
    }

    [Fact]
    public async Task UsesTheRawAuthorNameWhenTheAuthorHasNoDisplayName()
    {
        var work = await ReadWorkAsync("W4200000010");

        Assert.Equal(
            [
                new Contributor("María José García López", "Universitat Politècnica de València", "ES", "0000-0002-9079-593X"),
                new Contributor("Juan Pérez", null, "MX"),
            ],
            work.Contributors);
    }

    [Fact]
    public async Task TakesTheCountryFromTheInstitutionWhenTheAuthorshipHasNoCountries()
    {
        var work = await ReadWorkAsync("W3012345678");

        Assert.Equal("RU", Assert.Single(work.Contributors).Country);
        Assert.Equal(["RU"], work.Countries);
    }

    [Fact]
    public async Task CollectsTheCountriesOfAllAuthorshipsOnce()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal(["GB", "NL", "JP"], work.Countries);
    }

    [Theory]
    [InlineData("W4390012345", "Engineering Structures")] // primary_location.source
    [InlineData("W4385550001", "مجلة جامعة الملك سعود للعلوم الهندسية")]
    [InlineData("W3012345678", "Вестник МГСУ")] // host_venue, older snapshots
    [InlineData("W4200000009", null)] // primary_location null
    public async Task TakesThePublisherFromTheSource(string id, string? publisher)
    {
        var work = await ReadWorkAsync(id);

        Assert.Equal(publisher, work.Publisher);
    }

    [Theory]
    [InlineData("W4200000010", "cc-by-nc-sa")] // primary_location
    [InlineData("W4390012345", "cc-by")] // primary has none: best_oa_location
    [InlineData("W4385550001", "cc-by-nc-nd")] // best_oa_location only
    [InlineData("W3012345678", "cc-by")] // host_venue, older snapshots
    [InlineData("W4200000009", null)]
    public async Task TakesTheLicenceFromTheBestLocationThatStatesOne(string id, string? licence)
    {
        var work = await ReadWorkAsync(id);

        Assert.Equal(licence, work.Licence);
    }

    [Fact]
    public async Task TakesSubjectsFromTopicsRatherThanConcepts()
    {
        var work = await ReadWorkAsync("W4390012345");

        Assert.Equal(["Structural Health Monitoring Techniques", "Fatigue and Fracture Mechanics"], work.Subjects);
    }

    [Fact]
    public async Task TakesConfidentConceptsAsSubjectsWhenThereAreNoTopics()
    {
        var work = await ReadWorkAsync("W3012345678");

        Assert.Equal(["Engineering", "Fire resistance"], work.Subjects); // "Materials science" scores 0.21
    }

    [Fact]
    public async Task ReadsKeywordsOfBothSnapshotShapes()
    {
        var current = await ReadWorkAsync("W4390012345");
        var older = await ReadWorkAsync("W3012345678");

        Assert.Equal(["Digital Twin", "Fatigue Crack Growth"], current.Keywords.Select(k => k.Text));
        Assert.Equal(["fire resistance", "reinforced concrete columns"], older.Keywords.Select(k => k.Text));
    }

    [Fact]
    public async Task TakesOneKeywordFromAnObjectThatNamesItTwice()
    {
        var (records, errors) = await ReadTextAsync(
            """{"id":"https://openalex.org/W1000001","keywords":[{"keyword":"pile","display_name":["not one"]}],"title":"Piles"}""");

        Assert.Empty(errors);
        Assert.Equal(["pile"], Assert.Single(records).Keywords.Select(k => k.Text));
    }

    [Fact]
    public async Task LeavesMissingAndNullFieldsEmpty()
    {
        var work = await ReadWorkAsync("W4200000009");

        Assert.Null(work.Year);
        Assert.Null(work.PublishedOn);
        Assert.Null(work.Language);
        Assert.Empty(work.Abstracts);
        Assert.Empty(work.Contributors);
        Assert.Empty(work.Subjects);
        Assert.Empty(work.Keywords);
        Assert.Empty(work.Countries);
    }

    [Fact]
    public async Task ReadsEachWorkOfAPrettyPrintedApiPage()
    {
        var (records, errors) = await ReadFixtureAsync("api-page.json");

        Assert.Equal(["W4390012345", "W4385550001"], records.Select(r => r.SourceRecordId));
        var error = Assert.Single(errors);
        Assert.Equal(473, error.Position); // the line where the second result opens
        Assert.Equal("item 2: no title (work W4200000099)", error.Reason);
    }

    [Fact]
    public async Task ReadsAnApiPageSavedOnOneLine()
    {
        var (records, errors) = await ReadTextAsync(
            """{"meta":{"count":2},"results":[{"id":"https://openalex.org/W1000001","title":"One"},{"id":"https://openalex.org/W1000002","title":"Two"}]}""");

        Assert.Empty(errors);
        Assert.Equal(["W1000001", "W1000002"], records.Select(r => r.SourceRecordId));
    }

    [Fact]
    public async Task ReadsLinesEndedByCarriageReturnsAfterAByteOrderMark()
    {
        var (records, errors) = await ReadTextAsync(
            "\uFEFF{\"id\":\"https://openalex.org/W1000001\",\"title\":\"One\"}\r\n{\"id\":\"https://openalex.org/W1000002\",\"title\":\"Two\"}");

        Assert.Empty(errors);
        Assert.Equal(["One", "Two"], records.Select(r => r.Titles[0].Text));
    }

    [Fact]
    public async Task SkipsAByteOrderMarkThatArrivesOneByteAtATime()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF{\"id\":\"https://openalex.org/W1000001\",\"title\":\"One\"}\n");

        var (records, errors) = await ReadAsync(new TrickleStream(bytes, bytesPerRead: 1), "bom.jsonl");

        Assert.Empty(errors);
        Assert.Equal("W1000001", Assert.Single(records).SourceRecordId);
    }

    [Fact]
    public async Task ReadsTheSameWhenTheStreamDeliversAFewBytesAtATime()
    {
        var bytes = await File.ReadAllBytesAsync(FixturePath(Works));
        var whole = await ReadAsync(new MemoryStream(bytes), Works);
        var trickled = await ReadAsync(new TrickleStream(bytes), Works);

        Assert.Equal(whole.Records.Select(r => r.SourceRecordId), trickled.Records.Select(r => r.SourceRecordId));
        Assert.Equal(whole.Records.Select(r => r.Abstracts.FirstOrDefault()), trickled.Records.Select(r => r.Abstracts.FirstOrDefault()));
        Assert.Equal(whole.Errors, trickled.Errors);
    }

    [Fact]
    public async Task ReportsALineThatIsNotUtf8AndReadsOn()
    {
        byte[] latin1Title = [.. "{\"id\":\"https://openalex.org/W1000001\",\"title\":\"B"u8, 0xE9, .. "ton\"}\n"u8];
        byte[] next = [.. "{\"id\":\"https://openalex.org/W1000002\",\"title\":\"Béton\"}\n"u8];

        var (records, errors) = await ReadAsync(new MemoryStream([.. latin1Title, .. next]), "latin1.jsonl");

        Assert.Equal(new ImportError("latin1.jsonl", 1, "text is not valid UTF-8"), Assert.Single(errors));
        Assert.Equal("W1000002", Assert.Single(records).SourceRecordId);
    }

    [Fact]
    public async Task ReportsAnOverlongLineAndReadsOn()
    {
        var text = $"{{\"id\":\"https://openalex.org/W1000001\",\"title\":\"{new string('x', 5000)}\"}}\n"
            + "{\"id\":\"https://openalex.org/W1000002\",\"title\":\"Short\"}\n";
        var reader = new OpenAlexReader(maxLineBytes: 1024);

        var (records, errors) = await ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(text)), "long.jsonl", reader);

        Assert.Equal(1, Assert.Single(errors).Position);
        Assert.Equal("W1000002", Assert.Single(records).SourceRecordId);
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await using var input = File.OpenRead(FixturePath(Works));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new OpenAlexReader().ReadAsync(input, Works, cancellation.Token))
            {
            }
        });
    }

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "openalex", name);

    private static async Task<ResourceRecord> ReadWorkAsync(string id)
    {
        var (records, _) = await ReadFixtureAsync(Works);
        return records.Single(r => r.SourceRecordId == id);
    }

    private static async Task<(List<ResourceRecord> Records, List<ImportError> Errors)> ReadFixtureAsync(string name)
    {
        await using var input = File.OpenRead(FixturePath(name));
        return await ReadAsync(input, name);
    }

    private static Task<(List<ResourceRecord> Records, List<ImportError> Errors)> ReadTextAsync(string text) =>
        ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "inline.jsonl");

    private static async Task<(List<ResourceRecord> Records, List<ImportError> Errors)> ReadAsync(
        Stream input, string fileName, OpenAlexReader? reader = null)
    {
        var records = new List<ResourceRecord>();
        var errors = new List<ImportError>();
        await foreach (var result in (reader ?? new OpenAlexReader()).ReadAsync(input, fileName, CancellationToken.None))
        {
            if (result.Record is { } record) records.Add(record);
            if (result.Error is { } error) errors.Add(error);
        }
        return (records, errors);
    }

    // Hands out a few bytes per read, so lines, UTF-8 sequences and the byte order mark straddle reads.
    private sealed class TrickleStream(byte[] bytes, int bytesPerRead = 7) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, bytesPerRead)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, bytesPerRead)], cancellationToken);
    }
}
