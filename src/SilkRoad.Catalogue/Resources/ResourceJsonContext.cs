using System.Text.Json.Serialization;

namespace SilkRoad.Catalogue.Resources;

// Source-generated: documents are written and read once per record on the import path.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ResourceDocument))]
[JsonSerializable(typeof(ResourceRecord))]
internal sealed partial class ResourceJsonContext : JsonSerializerContext;
