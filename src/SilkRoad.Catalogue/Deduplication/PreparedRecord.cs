using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Deduplication;

/// <summary>A tagged record with what the store needs to place it: its deduplication keys and a content fingerprint.</summary>
public sealed class PreparedRecord
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private PreparedRecord(ResourceRecord record, IReadOnlyList<string> keys, string fingerprint)
    {
        Record = record;
        Keys = keys;
        Fingerprint = fingerprint;
    }

    public ResourceRecord Record { get; }
    public IReadOnlyList<string> Keys { get; }
    public string Fingerprint { get; }

    /// <param name="record">A record whose values all carry language tags already (see <see cref="LanguageTagger"/>).</param>
    public static PreparedRecord From(ResourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Deleted) return new PreparedRecord(record, [], "deleted");
        // One buffer per thread: the fingerprint runs once per record on the import path.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
            JsonSerializer.Serialize(writer, record, ResourceJsonContext.Stored.ResourceRecord);
        return new PreparedRecord(record, DeduplicationKeys.For(record), Convert.ToBase64String(SHA256.HashData(buffer.WrittenSpan), 0, 16));
    }
}
