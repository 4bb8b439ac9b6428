using System.Globalization;

namespace SilkRoad.Search.Evaluation;

/// <summary>
/// Writes a run in the TREC format that trec_eval reads: <c>qid Q0 docid rank score tag</c>, one line per retrieved
/// document, separated by single spaces, the score in the invariant culture (a '.' decimal point whatever the machine's
/// culture) and in its shortest form that reads back as the same number.
/// </summary>
public sealed class TrecRunWriter(TextWriter writer)
{
    public async Task WriteAsync(TrecRunLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Fields are separated by white space, so one inside a field would shift every field after it.
        foreach (var (name, value) in new[] { ("query id", line.QueryId), ("docid", line.DocId), ("tag", line.Tag) })
        {
            if (value.Length == 0 || TrecText.HasWhitespace(value))
                throw new FormatException($"The {name} '{value}' is empty or contains white space, which a TREC run cannot carry.");
        }
        if (!double.IsFinite(line.Score)) throw new FormatException($"The score of '{line.DocId}' for query '{line.QueryId}' is not a number.");
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{line.QueryId} Q0 {line.DocId} {line.Rank} {line.Score:R} {line.Tag}");
        await writer.WriteLineAsync(text.AsMemory(), cancellationToken);
    }

    public async Task WriteAllAsync(IEnumerable<TrecRunLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines) await WriteAsync(line, cancellationToken);
    }
}
