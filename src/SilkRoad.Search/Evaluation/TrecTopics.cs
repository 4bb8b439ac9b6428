using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SilkRoad.Search.Evaluation;

/// <summary>
/// A topics file: <c>qid&lt;TAB&gt;query text</c> per line, UTF-8. Blank lines and lines starting with <c>#</c> are
/// skipped; a malformed line is reported with its number and the rest is still read.
/// </summary>
public sealed class TrecTopics
{
    private TrecTopics(IReadOnlyList<TrecTopic> topics, IReadOnlyList<TrecLineError> errors)
    {
        Topics = topics;
        Errors = errors;
    }

    /// <summary>The topics in file order.</summary>
    public IReadOnlyList<TrecTopic> Topics { get; }

    public IReadOnlyList<TrecLineError> Errors { get; }

    public static async Task<TrecTopics> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return await ReadAsync(reader, Path.GetFileName(path), cancellationToken);
    }

    public static async Task<TrecTopics> ReadAsync(TextReader reader, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var topics = new List<TrecTopic>();
        var errors = new List<TrecLineError>();
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var number = 0L;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (TrecText.IsSkipped(line)) continue;
            if (!TryParse(line, out var topic, out var reason))
            {
                errors.Add(new TrecLineError(fileName, number, reason));
                continue;
            }
            if (firstLine.TryGetValue(topic.Id, out var first))
            {
                errors.Add(new TrecLineError(fileName, number, $"query id '{topic.Id}' is already used on line {first}"));
                continue;
            }
            firstLine[topic.Id] = number;
            topics.Add(topic);
        }
        return new TrecTopics(topics, errors);
    }

    private static bool TryParse(string line, [NotNullWhen(true)] out TrecTopic? topic, out string reason)
    {
        topic = null;
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var id = tab < 0 ? "" : line[..tab].Trim();
        var text = tab < 0 ? "" : line[(tab + 1)..].Trim();
        reason = tab < 0 ? "no tab between the query id and the query text"
            : id.Length == 0 ? "no query id before the tab"
            : TrecText.HasWhitespace(id) ? $"query id '{id}' contains a space (a TREC run could not carry it)"
            : text.Length == 0 ? $"query '{id}' has no text"
            : "";
        if (reason.Length > 0) return false;
        topic = new TrecTopic(id, text);
        return true;
    }
}
