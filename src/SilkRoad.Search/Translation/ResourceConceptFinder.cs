using SilkRoad.Catalogue.Resources;
using SilkRoad.Search.Concepts;

namespace SilkRoad.Search.Translation;

/// <summary>
/// The thesaurus concepts a resource names, as the index tags it (for a resource page to show them). It uses the
/// index's own tagger, so the label lookups are built once, when first needed, for both.
/// </summary>
public sealed class ResourceConceptFinder
{
    private readonly Thesaurus _thesaurus;
    private readonly Lazy<ConceptTagger?> _tagger;

    internal ResourceConceptFinder(Thesaurus thesaurus, Lazy<ConceptTagger?> tagger)
    {
        _thesaurus = thesaurus;
        _tagger = tagger;
    }

    public IReadOnlyList<Concept> Find(ResourceDocument document) => _tagger.Value is { } tagger
        ? tagger.Tag(document).Select(_thesaurus.Find).OfType<Concept>().ToList()
        : [];
}
