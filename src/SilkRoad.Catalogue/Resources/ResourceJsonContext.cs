using System.Text.Json;
using System.Text.Json.Serialization;

namespace SilkRoad.Catalogue.Resources;

// Source-generated: documents are written and read once per record on the import path.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ResourceDocument))]
[JsonSerializable(typeof(ResourceRecord))]
internal sealed partial class ResourceJsonContext : JsonSerializerContext
{
    /// <summary>
    /// As <see cref="Default"/>, but writing Chinese, Arabic and Cyrillic as they are rather than as \uXXXX escapes,
    /// which would triple a document's size. The documents go to the database, never into HTML unencoded.
    /// </summary>
    public static ResourceJsonContext Stored { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
