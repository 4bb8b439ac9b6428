using System.Text;

namespace SilkRoad.Catalogue.Importers;

/// <summary>The readers the catalogue knows, found by name or inferred from a file's name and first bytes.</summary>
public sealed class RecordFormats(IEnumerable<IRecordReader> readers)
{
    private readonly Dictionary<string, IRecordReader> _readers =
        readers.ToDictionary(r => r.Format, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => _readers.Keys;

    /// <exception cref="ImportFormatException">No reader has that name.</exception>
    public IRecordReader Get(string format) => _readers.TryGetValue(format, out var reader)
        ? reader
        : throw new ImportFormatException(
            $"unknown format '{format}'; known formats: {string.Join(", ", _readers.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>
    /// Infers the format from the file name (without <c>.gz</c>) and, where the name does not tell (JSON is both
    /// OpenAlex and Crossref), from the first decompressed bytes.
    /// </summary>
    /// <returns>The format's name, or null when it cannot be told.</returns>
    public static string? Infer(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        var extension = Path.GetExtension(name).ToLowerInvariant();
        switch (extension)
        {
            case ".bib" or ".bibtex":
                return "bibtex";
            case ".ris":
                return "ris";
            case ".csv":
                return "csv";
            case ".xml":
                return "oai-dc";
        }
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('@')) return "bibtex";
        if (text.StartsWith("TY  -", StringComparison.Ordinal)) return "ris";
        if (text.StartsWith('<')) return "oai-dc";
        if (!text.StartsWith('{') && !text.StartsWith('[')) return null;
        // Crossref writes "DOI" and "message-type"; OpenAlex ids are openalex.org URLs.
        if (text.Contains("\"message-type\"", StringComparison.Ordinal)
            || text.Contains("\"DOI\"", StringComparison.Ordinal)
            || text.Contains("\"container-title\"", StringComparison.Ordinal)) return "crossref";
        if (text.Contains("openalex.org/", StringComparison.Ordinal)
            || text.Contains("\"abstract_inverted_index\"", StringComparison.Ordinal)
            || text.Contains("\"authorships\"", StringComparison.Ordinal)) return "openalex";
        return null;
    }
}
