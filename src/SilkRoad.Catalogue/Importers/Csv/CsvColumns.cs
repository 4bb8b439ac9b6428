namespace SilkRoad.Catalogue.Importers.Csv;

/// <summary>Where the recognised columns are in a header, matched by name without case; -1 for a missing column.</summary>
internal sealed class CsvColumns
{
    public static readonly string[] Names =
        ["id", "type", "language", "title", "abstract", "keywords", "authors", "year", "doi", "country", "source"];

    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public CsvColumns(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Count = header.Count;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (Names.Contains(name, StringComparer.OrdinalIgnoreCase)) _indexes.TryAdd(name, i);
        }
    }

    /// <summary>The number of fields in the header, which every row must have.</summary>
    public int Count { get; }

    public bool Has(string name) => _indexes.ContainsKey(name);

    public int IndexOf(string name) => _indexes.GetValueOrDefault(name, -1);
}
