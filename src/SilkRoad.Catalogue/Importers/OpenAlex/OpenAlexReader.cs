using System.Runtime.CompilerServices;

namespace SilkRoad.Catalogue.Importers.OpenAlex;

/// <summary>
/// Reads OpenAlex works in the snapshot's shape: JSON Lines, one work per line, as in the snapshot's
/// <c>data/works/updated_date=…/part_NNN.gz</c> (the caller decompresses). A line holding an API page
/// (<c>{"meta": …, "results": […]}</c>) or a list of works yields each of them. A file whose first line is only
/// <c>{</c> or starts with <c>[</c> is one pretty-printed JSON text (a saved API page, a list, or one work) and is read
/// whole, up to the line limit.
/// </summary>
/// <remarks>
/// Lines stay UTF-8 bytes from the stream to <see cref="System.Text.Json.Utf8JsonReader"/>; only the mapped values
/// become strings. Errors name the line where the work starts (and, inside a list, its number) and reading goes on.
/// </remarks>
public sealed class OpenAlexReader : IRecordReader
{
    // A work with thousands of authors runs to a few megabytes; far past that a "line" is a broken file, not a work.
    private const int DefaultMaxLineBytes = 64 * 1024 * 1024;

    private readonly int _maxLineBytes;

    public OpenAlexReader()
        : this(DefaultMaxLineBytes)
    {
    }

    internal OpenAlexReader(int maxLineBytes) => _maxLineBytes = maxLineBytes;

    public string Format => "openalex";

    public async IAsyncEnumerable<ParseResult> ReadAsync(Stream input, string fileName,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fileName);
        var parser = new OpenAlexWorkParser(fileName);
        var results = new List<ParseResult>();
        using var lines = new Utf8LineReader(input, _maxLineBytes);
        var seenContent = false;
        while (await lines.ReadLineAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lines.LineTooLong)
            {
                yield return TooLong(fileName, lines.LineNumber);
                continue;
            }
            if (IsBlank(lines.Line)) continue;
            if (!seenContent && OpensPrettyPrintedText(lines.Line))
            {
                var lineNumber = lines.LineNumber;
                if (!await lines.ReadToEndAsync(cancellationToken))
                {
                    yield return TooLong(fileName, lineNumber);
                    yield break;
                }
                parser.Parse(lines.Line, lineNumber, results);
            }
            else
            {
                parser.Parse(lines.Line, lines.LineNumber, results);
            }
            seenContent = true;
            foreach (var result in results) yield return result;
            results.Clear();
        }
    }

    private ParseResult TooLong(string fileName, long lineNumber) => ParseResult.Fail(new ImportError(
        fileName, lineNumber, $"line is longer than {_maxLineBytes / (1024 * 1024.0):0.##} MiB"));

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    private static bool OpensPrettyPrintedText(ReadOnlySpan<byte> line)
    {
        var trimmed = line.Trim(" \t\r"u8);
        return trimmed.SequenceEqual("{"u8) || trimmed.StartsWith("["u8);
    }
}
