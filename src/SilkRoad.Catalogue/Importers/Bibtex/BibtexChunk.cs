namespace SilkRoad.Catalogue.Importers.Bibtex;

/// <summary>
/// The raw text of one <c>@type{…}</c> block as the scanner cut it from the file, or why it could not be cut.
/// <paramref name="Text"/> runs from the <c>@</c> to the closing delimiter, its lines joined with <c>\n</c>.
/// </summary>
internal sealed record BibtexChunk(string Type, long StartLine, string? Text, string? Error);
