using SilkRoad.Core.Languages;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Concepts;

namespace SilkRoad.Search.Translation;

/// <summary>
/// The thesaurus labels and dictionary headwords by their <see cref="TermKeys"/> key, per language: what the query
/// translator and the concept tagger look words up in. Built once from <see cref="CrossLanguageSources"/>.
/// </summary>
internal sealed class TranslationLookups
{
    /// <summary>Longest label or headword looked for, in words (in characters for Chinese).</summary>
    public const int MaxWords = 6;
    public const int MaxChineseCharacters = 12;

    private readonly Dictionary<string, Dictionary<string, List<(Concept Concept, ConceptLabelKind Kind)>>> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<(char, char)> _chineseStarts = [];
    private readonly Lazy<Dictionary<(string Source, string Target), Dictionary<string, IReadOnlyList<string>>>> _lexicons;

    public TranslationLookups(CrossLanguageSources sources, AnalyzerSet analyzers)
    {
        Keys = new TermKeys(analyzers);
        foreach (var concept in sources.Thesaurus.Concepts)
        {
            foreach (var label in concept.Labels)
            {
                var key = Keys.Key(label.Language, label.Text);
                if (key.Length == 0) continue;
                if (!_labels.TryGetValue(label.Language, out var byKey)) _labels[label.Language] = byKey = new(StringComparer.Ordinal);
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                if (!list.Exists(e => e.Concept == concept)) list.Add((concept, label.Kind));
                if (label.Language == Language.Zh.Code)
                {
                    if (key.Length >= 2) _chineseStarts.Add((key[0], key[1]));
                    continue;
                }
                if (!_firstWords.TryGetValue(label.Language, out var firsts)) _firstWords[label.Language] = firsts = new(StringComparer.Ordinal);
                var words = key.Split(' ');
                firsts[words[0]] = Math.Max(firsts.GetValueOrDefault(words[0]), words.Length);
            }
        }

        // Dictionaries hold hundreds of thousands of headwords, each analysed once: that waits for the first query,
        // so that indexing (which needs only the labels) and tests do not pay for it.
        _lexicons = new(() => LexiconsByKey(sources.Lexicons));
        HasLexicons = sources.Lexicons.Count > 0;
        Languages = Language.All.Select(l => l.Code).ToList();
    }

    private Dictionary<(string Source, string Target), Dictionary<string, IReadOnlyList<string>>> LexiconsByKey(IReadOnlyList<BilingualLexicon> lexicons)
    {
        var result = new Dictionary<(string Source, string Target), Dictionary<string, IReadOnlyList<string>>>();
        // A pair read one way serves the other way too where no dictionary is made for it (English → Russian gives
        // Russian → English; CC-CEDICT's Chinese → English gives English → Chinese).
        var pairs = lexicons.ToDictionary(l => (l.Source, l.Target));
        foreach (var lexicon in lexicons)
            if (!pairs.ContainsKey((lexicon.Target, lexicon.Source))) pairs[(lexicon.Target, lexicon.Source)] = lexicon.Inverted();
        foreach (var (pair, lexicon) in pairs)
        {
            var byKey = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (headword, translations) in lexicon.Entries)
            {
                var key = Keys.Key(pair.Item1, headword);
                if (key.Length == 0) continue;
                if (byKey.TryGetValue(key, out var existing)) byKey[key] = [.. existing, .. translations.Where(t => !existing.Contains(t))];
                else byKey[key] = translations;
            }
            result[pair] = byKey;
        }
        return result;
    }

    public TermKeys Keys { get; }

    public void Prepare() => _ = _lexicons.Value;

    public IReadOnlyList<string> Languages { get; }

    public bool IsEmpty => _labels.Count == 0 && !HasLexicons;

    public bool HasLabels => _labels.Count > 0;

    private bool HasLexicons { get; }

    // Looked up by span (part of a longer key) as well as by string: the concept tagger asks for every word of every
    // text it indexes, and making a string of each word and run of words was most of what it allocated.

    /// <summary>The most words a label of the language beginning with this word has; 0 when none begins with it.</summary>
    public int LongestLabelFrom(string language, ReadOnlySpan<char> firstWord) =>
        _firstWords.TryGetValue(language, out var firsts)
            && firsts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(firstWord, out var longest) ? longest : 0;

    /// <summary>Whether a Chinese label of two or more characters begins with these two.</summary>
    public bool BeginsChineseLabel(char first, char second) => _chineseStarts.Contains((first, second));

    /// <summary>Whether a label or a dictionary headword of the language has this key.</summary>
    public bool Knows(string language, string key) =>
        key.Length > 0 && ((_labels.TryGetValue(language, out var labels) && labels.ContainsKey(key))
            || _lexicons.Value.Any(p => p.Key.Source == language && p.Value.ContainsKey(key)));

    public IReadOnlyList<(Concept Concept, ConceptLabelKind Kind)> Concepts(string language, ReadOnlySpan<char> key) =>
        _labels.TryGetValue(language, out var byKey)
            && byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var list) ? list : [];

    public IReadOnlyList<string> Translations(string source, string target, string key) =>
        _lexicons.Value.TryGetValue((source, target), out var byKey) && byKey.TryGetValue(key, out var list) ? list : [];

}
