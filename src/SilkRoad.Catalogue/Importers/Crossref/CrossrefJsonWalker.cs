using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SilkRoad.Catalogue.Importers.Crossref;

/// <summary>
/// Walks Crossref JSON token by token with <see cref="Utf8JsonReader"/> over a <see cref="StreamWindow"/>, so that a
/// work-list response of any size is read one item at a time. It finds works wherever Crossref puts them: a bare work,
/// the <c>message</c> of an API envelope, the <c>items</c> of a work list (in an envelope, or at the top as the
/// 2020–2022 public data files have it), a top-level array, or several top-level works one after another.
/// </summary>
/// <remarks>
/// Property order is not relied on: properties of an object that are neither <c>message</c> nor <c>items</c> are
/// copied aside, and if the object turns out to hold neither, the copy is the work.
/// </remarks>
internal sealed class CrossrefJsonWalker(StreamWindow window)
{
    private readonly Stack<Frame> _frames = new();
    private JsonReaderState _state = new(new JsonReaderOptions { AllowMultipleValues = true });
    private long _lineBreaks;
    private long _lineStart;
    private long _records;

    public async IAsyncEnumerable<CrossrefItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = NextStep();
            switch (step.Kind)
            {
                case StepKind.Continue:
                    break;
                case StepKind.NeedMore when !window.EndOfStream:
                    await window.FillAsync(cancellationToken);
                    break;
                case StepKind.NeedMore when _frames.Count == 0:
                    yield break;
                case StepKind.NeedMore:
                    yield return new CrossrefItem(_records + 1, null, "the file ends inside a JSON value; reading stopped");
                    yield break;
                case StepKind.Work:
                    yield return new CrossrefItem(_records, step.Work, null);
                    break;
                case StepKind.BadItem:
                    yield return new CrossrefItem(_records, null, step.Error);
                    break;
                default:
                    yield return new CrossrefItem(_records + 1, null, step.Error);
                    yield break;
            }
        }
    }

    // Each step reads one token or one whole value and commits only when it is complete, so a step that runs out of
    // buffered bytes is simply repeated after the window has been refilled.
    private Step NextStep()
    {
        var reader = new Utf8JsonReader(window.Available, window.EndOfStream, _state);
        try
        {
            if (!reader.Read()) return Step.NeedMore;
            if (!_frames.TryPeek(out var frame)) return TopLevel(ref reader);
            return frame.Kind == FrameKind.Items ? Item(ref reader) : Property(ref reader, frame);
        }
        catch (JsonException exception)
        {
            return new Step(StepKind.SyntaxError, Error: Describe(exception));
        }
    }

    private Step TopLevel(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                Commit(ref reader);
                _frames.Push(new Frame(FrameKind.Outer));
                return Step.Continue;
            case JsonTokenType.StartArray:
                Commit(ref reader);
                _frames.Push(new Frame(FrameKind.Items));
                return Step.Continue;
            default:
                Commit(ref reader);
                _records++;
                return new Step(StepKind.BadItem, Error: $"a JSON {TokenName(reader.TokenType)} where a work was expected");
        }
    }

    private Step Item(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            Commit(ref reader);
            _frames.Pop();
            return Step.Continue;
        }
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            if (!JsonDocument.TryParseValue(ref reader, out var work)) return Step.NeedMore;
            Commit(ref reader);
            _records++;
            return new Step(StepKind.Work, work);
        }
        var kind = TokenName(reader.TokenType);
        if (!reader.TrySkip()) return Step.NeedMore;
        Commit(ref reader);
        _records++;
        return new Step(StepKind.BadItem, Error: $"item is a JSON {kind}, not a work object");
    }

    private Step Property(ref Utf8JsonReader reader, Frame frame)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            Commit(ref reader);
            _frames.Pop();
            return Finish(frame);
        }
        var name = reader.GetString() ?? "";
        if (!reader.Read()) return Step.NeedMore;
        if (name == "message" && frame.Kind == FrameKind.Outer && reader.TokenType == JsonTokenType.StartObject)
        {
            Commit(ref reader);
            frame.HoldsWorks = true;
            _frames.Push(new Frame(FrameKind.Message));
            return Step.Continue;
        }
        if (name == "items" && reader.TokenType == JsonTokenType.StartArray)
        {
            Commit(ref reader);
            frame.HoldsWorks = true;
            _frames.Push(new Frame(FrameKind.Items));
            return Step.Continue;
        }
        if (!JsonDocument.TryParseValue(ref reader, out var value)) return Step.NeedMore;
        using (value)
        {
            frame.Keep(name, value.RootElement);
        }
        Commit(ref reader);
        return Step.Continue;
    }

    private Step Finish(Frame frame)
    {
        if (frame.HoldsWorks) return Step.Continue;
        _records++;
        if (frame.Kind == FrameKind.Outer && frame.MessageType is { } messageType)
            return new Step(StepKind.BadItem, Error: $"a Crossref response of message-type '{messageType}' holds no work");
        return new Step(StepKind.Work, frame.ToDocument());
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        var consumed = window.Available[..(int)reader.BytesConsumed];
        var lastBreak = consumed.LastIndexOf((byte)'\n');
        if (lastBreak >= 0)
        {
            _lineBreaks += consumed.Count((byte)'\n');
            _lineStart = window.Offset + lastBreak + 1;
        }
        window.Advance(consumed.Length);
        _state = reader.CurrentState;
    }

    // The reader state carries its line count and position in the line across steps, so they are absolute already;
    // the byte offset of that line is found from the last committed line start.
    private string Describe(JsonException exception)
    {
        var line = exception.LineNumber ?? _lineBreaks;
        var lineStart = _lineStart;
        var bytes = window.Available;
        for (var skipped = 0; _lineBreaks + skipped < line; skipped++)
        {
            var next = bytes.IndexOf((byte)'\n');
            if (next < 0) break;
            lineStart = window.Offset + (window.Available.Length - bytes.Length) + next + 1;
            bytes = bytes[(next + 1)..];
        }
        var offset = lineStart + (exception.BytePositionInLine ?? 0);
        var detail = exception.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) detail = detail[..cut];
        return $"invalid JSON at line {line + 1}, byte {offset}: {detail} Reading stopped here.";
    }

    private static string TokenName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => "value",
    };

    private enum StepKind
    {
        Continue,
        NeedMore,
        Work,
        BadItem,
        SyntaxError,
    }

    private readonly record struct Step(StepKind Kind, JsonDocument? Work = null, string? Error = null)
    {
        public static Step Continue => new(StepKind.Continue);

        public static Step NeedMore => new(StepKind.NeedMore);
    }

    private enum FrameKind
    {
        Outer,
        Message,
        Items,
    }

    private sealed class Frame(FrameKind kind)
    {
        private readonly List<KeyValuePair<string, JsonElement>> _kept = [];

        public FrameKind Kind { get; } = kind;

        /// <summary>The object led to works (a message or an items array), so it is not a work itself.</summary>
        public bool HoldsWorks { get; set; }

        public string? MessageType { get; private set; }

        public void Keep(string name, JsonElement value)
        {
            if (name == "message-type" && value.ValueKind == JsonValueKind.String) MessageType = value.GetString();
            if (!HoldsWorks) _kept.Add(new(name, value.Clone()));
        }

        public JsonDocument ToDocument()
        {
            var copy = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(copy))
            {
                writer.WriteStartObject();
                foreach (var (name, value) in _kept)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
                writer.WriteEndObject();
            }
            return JsonDocument.Parse(copy.WrittenMemory);
        }
    }
}
