using SilkRoad.Catalogue.Resources;
using static SilkRoad.Search.Tests.Relevance.RelevanceCollection;

namespace SilkRoad.Search.Tests.Relevance;

public sealed class RelevanceCollectionIntegrity
{
    [Fact]
    public async Task TheCorpusImportsThroughTheRealCsvReaderWithoutARejectedRecord()
    {
        var results = await ReadCorpusAsync();

        Assert.Empty(results.Select(r => r.Error).OfType<object>());
        var records = results.Select(r => r.Record).OfType<ResourceRecord>().ToList();
        Assert.Equal(Languages.Length * ResourcesPerLanguage, records.Count);
        Assert.Equal(records.Count, records.Select(r => r.SourceRecordId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task EachLanguageHasItsResourcesWithTitleAbstractKeywordsAndAuthorsInThatLanguage()
    {
        var records = (await ReadCorpusAsync()).Select(r => r.Record).OfType<ResourceRecord>().ToList();

        foreach (var language in Languages)
        {
            var own = records.Where(r => LanguageOf(r.SourceRecordId) == language).ToList();
            Assert.Equal(ResourcesPerLanguage, own.Count);
            Assert.All(own, r =>
            {
                Assert.Equal(language, r.Language);
                Assert.Equal(language, Assert.Single(r.Titles).Language);
                Assert.Equal(language, Assert.Single(r.Abstracts).Language);
                Assert.InRange(r.Keywords.Count, 3, 6);
                Assert.NotEmpty(r.Contributors);
                Assert.NotNull(r.Year);
            });
        }
    }

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public async Task EachLanguageHasFifteenTopicsInItsOwnLanguageEachWithAtLeastTwoRelevantResources(string language)
    {
        var topics = await TopicsAsync(language);
        var qrels = await QrelsAsync(language);

        Assert.Empty(topics.Errors);
        Assert.Empty(qrels.Errors);
        Assert.Equal(TopicsPerLanguage, topics.Topics.Count);
        Assert.All(topics.Topics, topic =>
        {
            Assert.Equal(language, LanguageOf(topic.Id));
            Assert.True(qrels.JudgementsFor(topic.Id).Count(j => j.Value > 0) >= 2, $"{topic.Id} has fewer than two relevant resources");
        });
        Assert.Equal(topics.Topics.Select(t => t.Id).Order(StringComparer.Ordinal), qrels.QueryIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public async Task SameLanguageQrelsJudgeOnlyResourcesOfThatLanguageThatExistWithGradesZeroToTwo(string language)
    {
        var ids = await CorpusIdsAsync();
        var qrels = await QrelsAsync(language);

        foreach (var queryId in qrels.QueryIds)
        {
            Assert.All(qrels.JudgementsFor(queryId), judgement =>
            {
                Assert.Contains(judgement.Key, ids);
                Assert.Equal(language, LanguageOf(judgement.Key));
                Assert.InRange(judgement.Value, 0, 2);
            });
        }
    }

    [Fact]
    public async Task CrossLanguageQrelsJudgeOnlyExistingResourcesOfTheOtherFiveLanguages()
    {
        var ids = await CorpusIdsAsync();
        var cross = await CrossQrelsAsync();

        Assert.Empty(cross.Errors);
        Assert.Equal(Languages.Length * TopicsPerLanguage, cross.QueryIds.Count);
        foreach (var queryId in cross.QueryIds)
        {
            var judgements = cross.JudgementsFor(queryId);
            Assert.All(judgements, j => Assert.Contains(j.Key, ids));
            Assert.DoesNotContain(judgements, j => LanguageOf(j.Key) == LanguageOf(queryId));
            // Every shared theme exists in all six languages, so each query has relevant resources in each other one.
            foreach (var other in Languages.Where(l => l != LanguageOf(queryId)))
                Assert.True(judgements.Count(j => j.Value > 0 && LanguageOf(j.Key) == other) >= 2, $"{queryId} has too few relevant {other} resources");
        }
    }

    [Fact]
    public async Task CrossLanguageJudgementsAreTheOtherLanguagesJudgementsOfTheSameTheme()
    {
        var sameLanguage = new Dictionary<string, Search.Evaluation.TrecQrels>();
        foreach (var language in Languages) sameLanguage[language] = await QrelsAsync(language);
        var cross = await CrossQrelsAsync();

        foreach (var queryId in cross.QueryIds)
        {
            var expected = Languages
                .Where(l => l != LanguageOf(queryId))
                .SelectMany(l => sameLanguage[l].JudgementsFor($"{l}-{ThemeOf(queryId)}"))
                .OrderBy(j => j.Key, StringComparer.Ordinal);
            Assert.Equal(expected, cross.JudgementsFor(queryId).OrderBy(j => j.Key, StringComparer.Ordinal));
        }
    }

    public static TheoryData<string> EachLanguage() => new(Languages);

    private static async Task<HashSet<string>> CorpusIdsAsync() =>
        (await ReadCorpusAsync()).Select(r => r.Record?.SourceRecordId).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
