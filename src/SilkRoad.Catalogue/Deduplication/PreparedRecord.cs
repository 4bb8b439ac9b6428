using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Deduplication;

/// <summary>
/// A tagged record with what the store needs to place it: its deduplication keys, the document it would become, and
/// a fingerprint of that document. Prepared on the reader's thread, so the writer's thread (the import's slower one)
/// finds a new resource's document already serialised.
/// </summary>
public sealed class PreparedRecord
{
    // One pair of buffers per thread: this runs once per record on the import path.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_json;

    private PreparedRecord(ResourceRecord record, IReadOnlyList<string> keys, string fingerprint, ResourceDocument? document,
        string? documentJson)
    {
        DocumentJson = documentJson;
        Record = record;
        Keys = keys;
        Fingerprint = fingerprint;
        Document = document;
    }

    public ResourceRecord Record { get; }
    public IReadOnlyList<string> Keys { get; }

    /// <summary>A hash of the document the record makes: a re-read record with the same fingerprint changes nothing.</summary>
    public string Fingerprint { get; }

    /// <summary>The resource this record makes on its own; null for a deletion.</summary>
    public ResourceDocument? Document { get; }

    /// <summary><see cref="Document"/> as JSON, as the store keeps it.</summary>
    internal string? DocumentJson { get; }

    /// <param name="record">A record whose values all carry language tags already (see <see cref="LanguageTagger"/>).</param>
    public static PreparedRecord From(ResourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Deleted) return new PreparedRecord(record, [], "deleted", null, null);
        var document = ResourceDocument.From(record);
        var json = t_json ??= new ArrayBufferWriter<byte>(16 * 1024);
        json.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(json, JsonRows.WriterOptions))
            JsonSerializer.Serialize(writer, document, ResourceJsonContext.Stored.ResourceDocument);
        return new PreparedRecord(record, DeduplicationKeys.For(record),
            Convert.ToBase64String(SHA256.HashData(json.WrittenSpan), 0, 16), document,
            Encoding.UTF8.GetString(json.WrittenSpan));
    }
}
