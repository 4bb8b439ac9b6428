using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// A batch of rows as one JSON array of arrays, bound as a single parameter and unpacked by the database
/// (<c>json_each</c> in SQLite, <c>json_array_elements</c> in PostgreSQL). One statement then writes or looks up a
/// whole batch: no per-row round trip, and none of the per-parameter name lookups that make SQLite's binding of long
/// parameter lists quadratic. One instance serves a whole import (<see cref="Begin"/> per statement), so its buffer
/// is allocated once instead of per batch.
/// </summary>
internal sealed class JsonRows : IDisposable
{
    // Not for HTML: the text goes to the database only, so non-ASCII stays as it is instead of \uXXXX escapes.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly ArrayBufferWriter<byte> _scratch = new(16 * 1024);
    private readonly Utf8JsonWriter _scratchWriter;
    private bool _inRow;

    public JsonRows()
    {
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        _scratchWriter = new Utf8JsonWriter(_scratch, WriterOptions);
    }

    public int Count { get; private set; }

    /// <summary>Starts a new array, forgetting the last one.</summary>
    public JsonRows Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartArray();
        _inRow = false;
        Count = 0;
        return this;
    }

    public JsonRows Row()
    {
        if (_inRow) _writer.WriteEndArray();
        _writer.WriteStartArray();
        _inRow = true;
        Count++;
        return this;
    }

    public JsonRows Add(string? value)
    {
        if (value is null) _writer.WriteNullValue();
        else _writer.WriteStringValue(value);
        return this;
    }

    public JsonRows Add(long? value)
    {
        if (value is { } number) _writer.WriteNumberValue(number);
        else _writer.WriteNullValue();
        return this;
    }

    /// <summary>
    /// Adds <paramref name="value"/> serialised to JSON, as a string (read it back with <c>r.value ->> N</c>). A string
    /// costs SQLite less than a nested value, which <c>-></c> would have to render back to text.
    /// </summary>
    public JsonRows AddJson<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        _scratch.ResetWrittenCount();
        _scratchWriter.Reset(_scratch);
        JsonSerializer.Serialize(_scratchWriter, value, typeInfo);
        _writer.WriteStringValue(_scratch.WrittenSpan);
        return this;
    }

    /// <summary>The array's text, ready to bind.</summary>
    public string Complete()
    {
        if (_inRow) _writer.WriteEndArray();
        _inRow = false;
        _writer.WriteEndArray();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _scratchWriter.Dispose();
    }
}
