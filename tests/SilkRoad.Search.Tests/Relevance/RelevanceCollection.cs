using SilkRoad.Catalogue.Importers;
using SilkRoad.Search.Evaluation;
using CsvRecordReader = SilkRoad.Catalogue.Importers.Csv.CsvReader;

namespace SilkRoad.Search.Tests.Relevance;

/// <summary>The relevance test collection in this folder, as copied beside the test assembly (see README.md there).</summary>
internal static class RelevanceCollection
{
    public static readonly string[] Languages = ["zh", "en", "fr", "ru", "es", "ar"];

    public const int TopicsPerLanguage = 15;

    public const int ResourcesPerLanguage = 60;

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Relevance", name);

    public static async Task<List<ParseResult>> ReadCorpusAsync()
    {
        await using var stream = File.OpenRead(PathOf("corpus.csv"));
        var results = new List<ParseResult>();
        await foreach (var result in new CsvRecordReader().ReadAsync(stream, "corpus.csv", CancellationToken.None))
            results.Add(result);
        return results;
    }

    public static Task<TrecTopics> TopicsAsync(string language) =>
        TrecTopics.ReadFileAsync(PathOf($"topics.{language}.tsv"), CancellationToken.None);

    public static Task<TrecQrels> QrelsAsync(string language) =>
        TrecQrels.ReadFileAsync(PathOf($"qrels.{language}.txt"), CancellationToken.None);

    public static Task<TrecQrels> CrossQrelsAsync() =>
        TrecQrels.ReadFileAsync(PathOf("qrels.cross.txt"), CancellationToken.None);

    /// <summary>The language of a docid or qid: its prefix before the dash (<c>zh-017</c>, <c>ar-04</c>).</summary>
    public static string LanguageOf(string id) => id[..id.IndexOf('-', StringComparison.Ordinal)];

    /// <summary>The theme number a topic stands for (<c>ru-07</c> is theme 07 in every language).</summary>
    public static string ThemeOf(string queryId) => queryId[(queryId.IndexOf('-', StringComparison.Ordinal) + 1)..];
}
