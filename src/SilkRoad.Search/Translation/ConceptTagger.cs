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
        var words = lookups.Keys.Key(language, text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // Most words begin no label: only those that do are looked up, for as many words as their longest label.
            var longest = lookups.LongestLabelFrom(language, words[i]);
            for (var length = Math.Min(longest, words.Length - i); length >= 1; length--)
            {
                var found = lookups.Concepts(language, string.Join(' ', words, i, length));
                if (found.Count == 0) continue;
                foreach (var (concept, _) in found) concepts.Add(concept.Key);
                i += length - 1;
                break;
            }
        }
    }

    private void TagChinese(string text, HashSet<string> concepts)
    {
        var characters = TermKeys.Chinese(text);
        for (var i = 0; i < characters.Length - 1; i++)
        {
            if (!lookups.BeginsChineseLabel(characters[i], characters[i + 1])) continue;
            for (var length = Math.Min(TranslationLookups.MaxChineseCharacters, characters.Length - i); length >= 2; length--)
            {
                var found = lookups.Concepts(Language.Zh.Code, characters.Substring(i, length));
                if (found.Count == 0) continue;
                foreach (var (concept, _) in found) concepts.Add(concept.Key);
                i += length - 1;
                break;
            }
        }
    }
}
