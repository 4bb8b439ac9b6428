using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace SilkRoad.Catalogue.Importers.Ris;

/// <summary>
/// Reads RIS files (<c>XX  - value</c> lines, records from <c>TY</c> to <c>ER</c>) record by record. A record that
/// reaches the next <c>TY</c> or the end of the file without its <c>ER</c> is reported at the line where it starts.
/// </summary>
public sealed partial class RisReader : IRecordReader
{
    public string Format => "ris";

    public async IAsyncEnumerable<ParseResult> ReadAsync(
        Stream input, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fileName);

        var source = "ris:" + fileName;
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);

        var lineNumber = 0L;
        var recordNumber = 0;
        var startLine = 0L;
        List<RisField>? fields = null;

        while (await reader.ReadLineAsync(cancellationToken) is { } rawLine)
        {
            lineNumber++;
            // A BOM that a file repeats after concatenation, or that an encoding guess left in place.
            var line = rawLine.TrimStart('\uFEFF');
            var match = TaggedLine().Match(line);

            if (!match.Success)
            {
                if (fields is { Count: > 0 } && !string.IsNullOrWhiteSpace(line))
                {
                    var last = fields[^1];
                    fields[^1] = last with { Value = Join(last.Value, line.Trim()) };
                }
                continue; // outside a record, unknown lines are ignored
            }

            var tag = match.Groups["tag"].Value;
            var value = match.Groups["value"].Value.Trim();

            if (tag == "TY")
            {
                if (fields is not null)
                {
                    yield return Unclosed(fileName, startLine, $"no ER before the next TY (line {lineNumber})");
                }
                recordNumber++;
                startLine = lineNumber;
                fields = [new RisField(tag, value)];
            }
            else if (tag == "ER")
            {
                if (fields is null) continue;
                var record = RisRecordMapper.Map(fields, source, recordNumber, out var error);
                yield return record is not null
                    ? ParseResult.Ok(record)
                    : ParseResult.Fail(new ImportError(fileName, startLine, error ?? "unreadable record"));
                fields = null;
            }
            else
            {
                fields?.Add(new RisField(tag, value));
            }
        }

        if (fields is not null) yield return Unclosed(fileName, startLine, "no ER before the end of the file");
    }

    private static ParseResult Unclosed(string fileName, long startLine, string detail) =>
        ParseResult.Fail(new ImportError(fileName, startLine, "record not closed: " + detail));

    private static string Join(string value, string continuation) =>
        value.Length == 0 ? continuation : value + " " + continuation;

    // "XX  - value": two capitals or digits, two spaces, a dash. Exporters often trim the space after "ER  -", and some
    // write one space before the dash; Zotero's RIS translator accepts both, and so do we.
    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]) {1,2}-(?: (?<value>.*))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TaggedLine();
}
