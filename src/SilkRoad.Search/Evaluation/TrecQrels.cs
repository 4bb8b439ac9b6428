using System.Globalization;
using System.Text;

namespace SilkRoad.Search.Evaluation;

/// <summary>
/// Relevance judgements in the standard TREC qrels format: <c>qid iteration docid relevance</c> per line, fields
/// separated by white space, the iteration ignored. Relevance is graded (0 judged not relevant, 1, 2, 3 ... more
/// relevant). A malformed line, or a second judgement of the same document for the same query, is reported with its
/// line number and left out; the rest is still read.
/// </summary>
public sealed class TrecQrels
{
    private static readonly IReadOnlyDictionary<string, int> NoJudgements = new Dictionary<string, int>();

    private readonly Dictionary<string, Dictionary<string, int>> _judgements;

    private TrecQrels(Dictionary<string, Dictionary<string, int>> judgements, List<string> queryIds,
        IReadOnlyList<TrecLineError> errors)
    {
        _judgements = judgements;
        QueryIds = queryIds;
        Errors = errors;
    }

    /// <summary>Every query with at least one judgement, in file order.</summary>
    public IReadOnlyList<string> QueryIds { get; }

    public IReadOnlyList<TrecLineError> Errors { get; }

    /// <summary>The judged documents of a query and their relevance; empty for a query never judged.</summary>
    public IReadOnlyDictionary<string, int> JudgementsFor(string queryId) =>
        _judgements.TryGetValue(queryId, out var judgements) ? judgements : NoJudgements;

    public static async Task<TrecQrels> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return await ReadAsync(reader, Path.GetFileName(path), cancellationToken);
    }

    public static async Task<TrecQrels> ReadAsync(TextReader reader, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var judgements = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var queryIds = new List<string>();
        var errors = new List<TrecLineError>();
        var number = 0L;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (TrecText.IsSkipped(line)) continue;
            var fields = TrecText.Fields(line);
            var relevance = 0;
            var reason = fields.Length != 4 ? $"{fields.Length} fields where a qrels line has 4 (qid iteration docid relevance)"
                : !int.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out relevance)
                    ? $"relevance '{fields[3]}' is not a whole number"
                : null;
            if (reason is not null)
            {
                errors.Add(new TrecLineError(fileName, number, reason));
                continue;
            }
            var (queryId, docId) = (fields[0], fields[2]);
            if (!judgements.TryGetValue(queryId, out var documents))
            {
                judgements[queryId] = documents = new Dictionary<string, int>(StringComparer.Ordinal);
                queryIds.Add(queryId);
            }
            // trec_eval stops at a document judged twice for one query; we keep the first judgement and say so.
            if (!documents.TryAdd(docId, relevance))
                errors.Add(new TrecLineError(fileName, number, $"document '{docId}' is judged again for query '{queryId}'; the first judgement counts"));
        }
        return new TrecQrels(judgements, queryIds, errors);
    }
}
