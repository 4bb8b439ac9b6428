using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace SilkRoad.Search.Evaluation;

/// <summary>
/// A run: for each query, the documents a system retrieved, in ranked order. Read from a TREC run file
/// (<c>qid Q0 docid rank score tag</c>) or built from the lines a <see cref="RunGenerator"/> produced.
/// </summary>
/// <remarks>
/// The order is trec_eval's, so that our figures and trec_eval's agree on the same file: by score, highest first,
/// ties broken by docid in reverse ordinal order; the rank column is ignored (trec_eval's <c>form_res_rels.c</c>).
/// A document retrieved twice for one query counts once, where it ranks first (trec_eval refuses such a file).
/// </remarks>
public sealed class TrecRun
{
    private static readonly IReadOnlyList<string> NothingRetrieved = [];

    private readonly Dictionary<string, IReadOnlyList<string>> _rankings;

    private TrecRun(Dictionary<string, IReadOnlyList<string>> rankings, IReadOnlyList<string> queryIds,
        IReadOnlyList<TrecLineError> errors)
    {
        _rankings = rankings;
        QueryIds = queryIds;
        Errors = errors;
    }

    /// <summary>The queries that retrieved something, in the order they first appear.</summary>
    public IReadOnlyList<string> QueryIds { get; }

    /// <summary>Malformed lines, and documents retrieved again for the same query.</summary>
    public IReadOnlyList<TrecLineError> Errors { get; }

    /// <summary>The documents retrieved for a query, best first, each once; empty for a query not in the run.</summary>
    public IReadOnlyList<string> RankingFor(string queryId) =>
        _rankings.TryGetValue(queryId, out var ranking) ? ranking : NothingRetrieved;

    public static TrecRun FromLines(IEnumerable<TrecRunLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Build(lines.Select((line, index) => (line, (long)index + 1)), "run", []);
    }

    public static async Task<TrecRun> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return await ReadAsync(reader, Path.GetFileName(path), cancellationToken);
    }

    public static async Task<TrecRun> ReadAsync(TextReader reader, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<(TrecRunLine, long)>();
        var errors = new List<TrecLineError>();
        var number = 0L;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (TrecText.IsSkipped(text)) continue;
            if (TryParse(TrecText.Fields(text), out var line, out var reason)) lines.Add((line, number));
            else errors.Add(new TrecLineError(fileName, number, reason));
        }
        return Build(lines, fileName, errors);
    }

    private static bool TryParse(string[] fields, [NotNullWhen(true)] out TrecRunLine? line, out string reason)
    {
        line = null;
        var rank = 0;
        var score = 0.0;
        reason = fields.Length != 6 ? $"{fields.Length} fields where a run line has 6 (qid Q0 docid rank score tag)"
            : !int.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out rank)
                ? $"rank '{fields[3]}' is not a whole number"
            : !double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out score) || !double.IsFinite(score)
                ? $"score '{fields[4]}' is not a number"
            : "";
        if (reason.Length > 0) return false;
        line = new TrecRunLine(fields[0], fields[2], rank, score, fields[5]);
        return true;
    }

    private static TrecRun Build(IEnumerable<(TrecRunLine Line, long Number)> lines, string fileName, List<TrecLineError> errors)
    {
        var byQuery = new Dictionary<string, List<(TrecRunLine Line, long Number)>>(StringComparer.Ordinal);
        var queryIds = new List<string>();
        foreach (var entry in lines)
        {
            if (!byQuery.TryGetValue(entry.Line.QueryId, out var entries))
            {
                byQuery[entry.Line.QueryId] = entries = [];
                queryIds.Add(entry.Line.QueryId);
            }
            entries.Add(entry);
        }

        var rankings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (queryId, entries) in byQuery)
        {
            var ranking = new List<string>(entries.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (line, number) in entries
                .OrderByDescending(e => e.Line.Score)
                .ThenByDescending(e => e.Line.DocId, StringComparer.Ordinal))
            {
                if (seen.Add(line.DocId)) ranking.Add(line.DocId);
                else errors.Add(new TrecLineError(fileName, number, $"document '{line.DocId}' is retrieved again for query '{queryId}'; only its best-ranked appearance counts"));
            }
            rankings[queryId] = ranking;
        }
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new TrecRun(rankings, queryIds, errors);
    }
}
