using System.Text.Json;

namespace SilkRoad.Catalogue.Importers.Crossref;

/// <summary>
/// One work read from a Crossref JSON document (its caller disposes <paramref name="Work"/>), or why the item at
/// <paramref name="Record"/> could not be read.
/// </summary>
internal readonly record struct CrossrefItem(long Record, JsonDocument? Work, string? Error);
