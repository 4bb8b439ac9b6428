using SilkRoad.Search.Concepts;

namespace SilkRoad.Search.Translation;

/// <summary>
/// What cross-language search translates with: the thesaurus (concept labels in six languages, preferred) and the
/// bilingual dictionaries (a second source). Loaded once; the search index builds its lookups from it.
/// </summary>
public sealed class CrossLanguageSources(Thesaurus thesaurus, IReadOnlyList<BilingualLexicon> lexicons)
{
    public static CrossLanguageSources None { get; } = new(Thesaurus.Empty, []);

    public Thesaurus Thesaurus { get; } = thesaurus;

    public IReadOnlyList<BilingualLexicon> Lexicons { get; } = lexicons;
}
