using SilkRoad.Search.Evaluation;

namespace SilkRoad.Search.Tests.Evaluation;

/// <summary>Reads topics, qrels and runs from text written in a test, as the readers read a file.</summary>
internal static class TrecFiles
{
    public static Task<TrecTopics> TopicsAsync(string text) =>
        TrecTopics.ReadAsync(new StringReader(text), "topics.tsv", CancellationToken.None);

    public static Task<TrecQrels> QrelsAsync(string text) =>
        TrecQrels.ReadAsync(new StringReader(text), "qrels.txt", CancellationToken.None);

    public static Task<TrecRun> RunAsync(string text) =>
        TrecRun.ReadAsync(new StringReader(text), "run.txt", CancellationToken.None);
}
