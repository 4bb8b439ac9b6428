using System.Text.RegularExpressions;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Languages;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Search.Translation;

/// <summary>
/// Finds the thesaurus concepts a resource names: every label (preferred, alternative, hidden) that occurs in a
/// title, keyword or abstract in that text's own language, compared as the language's analyzer makes the words
/// ("solar cells" names "solar cell"), longest label first; Chinese by its characters. Done as the resource is indexed,
/// so concepts follow every import and a reindex applies a new thesaurus.
/// </summary>
internal sealed partial class ConceptTagger(TranslationLookups lookups)
{
    public IReadOnlyCollection<string> Tag(ResourceDocument document)
    {
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in document.Titles.Concat(document.Keywords).Concat(document.Abstracts))
        {
            if (!Language.TryFind(text.Language, out var language)) continue;
            if (language == Language.Zh) TagChinese(text.Text, concepts);
            else TagWords(language.Code, text.Text, concepts);
        }
        return concepts;
    }

    // A label never spans two sentences or clauses: "…solar. Cell towers…" names no solar cell.
    [GeneratedRegex(@"[.;:!?()\[\]{}。；：！？（）،؛؟]\s")]
    private static partial Regex ClauseEnd();

    private void TagWords(string language, string text, HashSet<string> concepts)
    {
        foreach (var clause in ClauseEnd().Split(text)) TagClause(language, clause, concepts);
    }

    private void TagClause(string language, string text, HashSet<string> concepts)
    {
        var key = lookups.Keys.Key(language, text);
        // Words are single-space separated in a key (TermKeys.Key), so a run of words is a span of it, looked up as
        // it is. An empty token would leave two spaces: then the words are joined again as the labels' keys were.
        if (key.Contains("  ", StringComparison.Ordinal) || key.StartsWith(' ') || key.EndsWith(' '))
            key = string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var start = 0;
        while (start < key.Length)
        {
            var next = EndOfWords(key, start, 1);
            // Most words begin no label: only those that do are looked up, for as many words as their longest label.
            for (var length = lookups.LongestLabelFrom(language, key.AsSpan(start, next - start)); length >= 1; length--)
            {
                var end = EndOfWords(key, start, length);
                if (end < 0) continue;
                var found = lookups.Concepts(language, key.AsSpan(start, end - start));
                if (found.Count == 0) continue;
                foreach (var (concept, _) in found) concepts.Add(concept.Key);
                next = end;
                break;
            }
            start = next + 1;
        }
    }

    /// <summary>Where the <paramref name="count"/> words from <paramref name="start"/> end; -1 when fewer are left.</summary>
    private static int EndOfWords(string key, int start, int count)
    {
        var end = start;
        for (var word = 0; word < count; word++)
        {
            if (end >= key.Length) return -1;
            if (word > 0) end++; // the space between two words
            var space = key.IndexOf(' ', end);
            end = space < 0 ? key.Length : space;
        }
        return end;
    }

    private void TagChinese(string text, HashSet<string> concepts)
    {
        var characters = TermKeys.Chinese(text);
        for (var i = 0; i < characters.Length - 1; i++)
        {
            if (!lookups.BeginsChineseLabel(characters[i], characters[i + 1])) continue;
            for (var length = Math.Min(TranslationLookups.MaxChineseCharacters, characters.Length - i); length >= 2; length--)
            {
                var found = lookups.Concepts(Language.Zh.Code, characters.AsSpan(i, length));
                if (found.Count == 0) continue;
                foreach (var (concept, _) in found) concepts.Add(concept.Key);
                i += length - 1;
                break;
            }
        }
    }
}
