using System.Text;

namespace SilkRoad.Search.Translation;

/// <summary>
/// Translations from one working language into another: headword → its translations, the most usual first. Kept
/// compiled as a tab-separated file (<c>{DataPath}/dictionaries/en-fr.tsv</c>: headword, then each translation).
/// </summary>
public sealed class BilingualLexicon(string source, string target, IReadOnlyDictionary<string, IReadOnlyList<string>> entries)
{
    public string Source { get; } = source;

    public string Target { get; } = target;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Entries { get; } = entries;

    public string FileName => $"{Source}-{Target}.tsv";

    /// <summary>The same entries read the other way: each translation becomes a headword. A headword of which it
    /// was the first sense comes before one of which it was a later sense, and a longer one before a shorter (桥梁
    /// before 桥: a compound is less ambiguous than a single character); a verb sense ("to water") is the same
    /// headword as the word ("water"), after its other senses (水 before 浇灌).</summary>
    public BilingualLexicon Inverted()
    {
        var inverted = new Dictionary<string, List<(string Headword, int Rank, bool Verb)>>(StringComparer.Ordinal);
        foreach (var (headword, translations) in Entries)
        {
            for (var rank = 0; rank < translations.Count; rank++)
            {
                var translation = translations[rank];
                var verb = translation.StartsWith("to ", StringComparison.Ordinal) && translation.Length > 3;
                var key = verb ? translation[3..] : translation;
                if (!inverted.TryGetValue(key, out var list)) inverted[key] = list = [];
                if (!list.Exists(e => e.Headword == headword)) list.Add((headword, rank, verb));
            }
        }
        return new BilingualLexicon(Target, Source, inverted.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<string>)p.Value.OrderBy(e => e.Verb).ThenBy(e => e.Rank).ThenByDescending(e => e.Headword.Length)
                .ThenBy(e => e.Headword, StringComparer.Ordinal).Select(e => e.Headword).ToList(),
            StringComparer.Ordinal));
    }

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            foreach (var (headword, translations) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                writer.WriteLine(string.Join('\t', translations.Prepend(headword)));
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static BilingualLexicon Load(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).Split('-');
        if (name.Length != 2) throw new FormatException($"{path}: a dictionary file is named source-target.tsv");
        var entries = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2) entries[fields[0]] = fields[1..];
        }
        return new BilingualLexicon(name[0], name[1], entries);
    }

    /// <summary>Gathers entries as a reader finds them: translations of the same headword are merged in order.</summary>
    public sealed class Builder(string source, string target)
    {
        private readonly Dictionary<string, List<string>> _entries = new(StringComparer.Ordinal);

        public int Count => _entries.Count;

        public void Add(string headword, IEnumerable<string> translations)
        {
            headword = Clean(headword);
            if (headword.Length == 0) return;
            foreach (var translation in translations.Select(Clean))
            {
                if (translation.Length == 0 || translation == headword) continue;
                if (!_entries.TryGetValue(headword, out var list)) _entries[headword] = list = [];
                if (!list.Contains(translation)) list.Add(translation);
            }
        }

        public BilingualLexicon Build() =>
            new(source, target, _entries.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal));

        // Tabs and line breaks would break the compiled file; runs of spaces are one space.
        private static string Clean(string text) =>
            string.Join(' ', text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }
}
