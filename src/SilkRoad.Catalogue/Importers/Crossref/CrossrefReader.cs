using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SilkRoad.Catalogue.Importers.Crossref;

/// <summary>
/// Reads works of the Crossref REST API: a single work, the <c>work</c> or <c>work-list</c> response envelope, a
/// top-level <c>{"items": [...]}</c> as in the older public data files, or JSON Lines with one work per line as in
/// the current public data file. Work lists are streamed item by item, never loaded whole.
/// </summary>
public sealed class CrossrefReader : IRecordReader
{
    // Enough to see where the first line of a JSON Lines file ends; a longer first line is read as one JSON text,
    // which still yields every work, only without skipping over a broken line.
    private const int SniffLimit = 1024 * 1024;

    private static readonly string[] EnvelopeProperties = ["status", "message-type", "message-version", "message", "items"];

    public string Format => "crossref";

    public async IAsyncEnumerable<ParseResult> ReadAsync(Stream input, string fileName,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fileName);
        var window = new StreamWindow(input);
        await window.FillAsync(cancellationToken);
        if (window.Available.StartsWith("\uFEFF"u8)) window.Advance(3);

        if (IsJsonLinesName(fileName) || await LooksLikeJsonLinesAsync(window, cancellationToken))
        {
            await foreach (var result in ReadLinesAsync(window, fileName, cancellationToken))
                yield return result;
            yield break;
        }

        await foreach (var item in new CrossrefJsonWalker(window).ReadAsync(cancellationToken))
        {
            if (item.Work is null)
            {
                yield return ParseResult.Fail(new ImportError(fileName, item.Record, item.Error ?? "unreadable item", "record"));
                continue;
            }
            ParseResult result;
            using (item.Work)
            {
                result = Map(item.Work.RootElement, fileName, item.Record, "record");
            }
            yield return result;
        }
    }

    private static ParseResult Map(JsonElement work, string fileName, long position, string positionKind) =>
        CrossrefWorkMapper.TryMap(work, out var record, out var reason)
            ? ParseResult.Ok(record)
            : ParseResult.Fail(new ImportError(fileName, position, reason, positionKind));

    private static bool IsJsonLinesName(string fileName)
    {
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        return name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
    }

    // JSON Lines: the first line is a whole object ("{" alone opens a pretty-printed one) and the next starts another.
    // An API envelope says so in its first property, which spares reading a long single-line response ahead.
    private static async ValueTask<bool> LooksLikeJsonLinesAsync(StreamWindow window, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (JudgeFirstLines(window.Available, window.EndOfStream) is { } verdict) return verdict;
            if (window.Available.Length >= SniffLimit) return false;
            await window.FillAsync(cancellationToken);
        }
    }

    private static bool? JudgeFirstLines(ReadOnlySpan<byte> bytes, bool complete)
    {
        var first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0) return complete ? false : null;
        if (bytes[first] != (byte)'{') return false;
        if (FirstPropertyName(bytes[first..], complete) is not { } property) return complete ? false : null;
        if (EnvelopeProperties.Contains(property)) return false;
        var lineLength = bytes[first..].IndexOf((byte)'\n');
        if (lineLength < 0) return complete ? false : null;
        if (bytes.Slice(first, lineLength).TrimEnd(" \t\r"u8).Length == 1) return false;
        var next = bytes[(first + lineLength)..].IndexOfAnyExcept(" \t\r\n"u8);
        if (next < 0) return complete ? false : null;
        return bytes[first + lineLength + next] == (byte)'{';
    }

    private static string? FirstPropertyName(ReadOnlySpan<byte> json, bool complete)
    {
        var reader = new Utf8JsonReader(json, complete, default);
        try
        {
            if (!reader.Read() || !reader.Read()) return null;
            return reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : "";
        }
        catch (JsonException)
        {
            return ""; // a broken first line: let the line structure decide
        }
    }

    private static async IAsyncEnumerable<ParseResult> ReadLinesAsync(StreamWindow window, string fileName,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0L;
        var searched = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = window.Available[searched..].IndexOf((byte)'\n');
            if (end < 0 && !window.EndOfStream)
            {
                searched = window.Available.Length;
                await window.FillAsync(cancellationToken);
                continue;
            }
            var length = end < 0 ? window.Available.Length : searched + end;
            if (end < 0 && length == 0) yield break;
            line++;
            var results = ParseLine(window.AvailableMemory[..length], fileName, line);
            window.Advance(end < 0 ? length : length + 1);
            searched = 0;
            foreach (var result in results) yield return result;
        }
    }

    private static List<ParseResult> ParseLine(ReadOnlyMemory<byte> text, string fileName, long line)
    {
        var trimmed = text.Span.Trim(" \t\r"u8);
        if (trimmed.IsEmpty) return [];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            var detail = exception.Message;
            var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return [ParseResult.Fail(new ImportError(fileName, line, $"invalid JSON: {(cut > 0 ? detail[..cut] : detail)}"))];
        }
        using (document)
        {
            return Works(document.RootElement).Select(work => Map(work, fileName, line, "line")).ToList();
        }
    }

    // A line may also hold a saved API response: its message, or the items of its work list.
    private static List<JsonElement> Works(JsonElement root)
    {
        var holder = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var message)
            && message.ValueKind == JsonValueKind.Object ? message : root;
        if (holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty("items", out var items)
            && items.ValueKind == JsonValueKind.Array)
            return [.. items.EnumerateArray()];
        return [holder];
    }
}
