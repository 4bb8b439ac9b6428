using Microsoft.Extensions.Logging.Abstractions;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;
using SilkRoad.Search.Evaluation;
using SilkRoad.Search.Indexing;
using SilkRoad.Search.Tests.Lucene;
using SilkRoad.Search.Translation;
using static SilkRoad.Search.Tests.Relevance.RelevanceCollection;

namespace SilkRoad.Search.Tests.Relevance;

/// <summary>
/// Cross-language retrieval on the relevance collection with the shipped vocabulary (no dictionaries): translation must
/// find the other languages' resources for every query language, and must not make same-language search worse.
/// The full per-pair table, with dictionaries, is made by scripts/evaluate-cross-language.sh (docs/benchmarks.md).
/// </summary>
public sealed class CrossLanguageRelevanceTests : IClassFixture<CrossLanguageRelevanceTests.IndexedCorpus>
{
    private readonly IndexedCorpus _collection;

    public CrossLanguageRelevanceTests(IndexedCorpus collection) => _collection = collection;

    public sealed class IndexedCorpus : IAsyncLifetime
    {
        private CatalogueHost? _host;

        public TestIndex Index { get; } = new(crossLanguage: new CrossLanguageSources(CrossLanguageSourcesLoader.DefaultVocabulary(), []));

        public async Task InitializeAsync()
        {
            _host = await CatalogueHost.StartAsync(StorageProvider.Sqlite);
            var records = (await ReadCorpusAsync()).Select(r => r.Record).OfType<ResourceRecord>().ToArray();
            await _host.ImportAsync(records);
            await new SearchIndexSynchronizer(Index.Index, _host.ChangeFeed, NullLogger<SearchIndexSynchronizer>.Instance)
                .SynchronizeAsync(CancellationToken.None);
        }

        public async Task DisposeAsync()
        {
            Index.Dispose();
            if (_host is not null) await _host.DisposeAsync();
        }
    }

    // nDCG@10 of one language's topics over the resources of one language (null: all), with or without translation.
    private async Task<double> NdcgAsync(string queryLanguage, string? resultLanguage, bool translate)
    {
        var topics = await TopicsAsync(queryLanguage);
        var own = await QrelsAsync(queryLanguage);
        var cross = await CrossQrelsAsync();
        var settings = new RunSettings { QueryLanguage = queryLanguage, ResultLanguage = resultLanguage, CrossLanguage = translate, Top = 100 };
        var lines = new List<TrecRunLine>();
        await foreach (var run in new RunGenerator(_collection.Index.Index).RunAsync(topics.Topics, settings, CancellationToken.None))
            lines.AddRange(run.Lines);
        var judged = topics.Topics.SelectMany(t => own.JudgementsFor(t.Id).Concat(cross.JudgementsFor(t.Id))
                .Where(j => resultLanguage is null || LanguageOf(j.Key) == resultLanguage)
                .Select(j => $"{t.Id} 0 {j.Key} {j.Value}"));
        var qrels = await TrecQrels.ReadAsync(new StringReader(string.Join('\n', judged)), "qrels", CancellationToken.None);
        return Evaluator.Evaluate(qrels, TrecRun.FromLines(lines), topics.Topics.Select(t => t.Id)).NdcgAt10;
    }

    [Theory]
    [MemberData(nameof(QueryLanguages))]
    public async Task Translation_finds_the_other_languages_resources(string language)
    {
        var asTyped = await NdcgAsync(language, null, translate: false);
        var translated = await NdcgAsync(language, null, translate: true);

        Assert.True(translated >= asTyped + 0.1, $"{language}: nDCG@10 over all languages {asTyped:F3} as typed, {translated:F3} translated");
    }

    [Theory]
    [MemberData(nameof(QueryLanguages))]
    public async Task Translation_does_not_make_same_language_search_worse(string language)
    {
        var asTyped = await NdcgAsync(language, language, translate: false);
        var translated = await NdcgAsync(language, language, translate: true);

        Assert.True(translated >= asTyped - 0.005, $"{language}: same-language nDCG@10 {asTyped:F3} as typed, {translated:F3} translated");
    }

    public static TheoryData<string> QueryLanguages() => new(Languages);
}
