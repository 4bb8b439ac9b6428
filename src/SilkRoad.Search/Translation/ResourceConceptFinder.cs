using SilkRoad.Catalogue.Resources;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Concepts;

namespace SilkRoad.Search.Translation;

/// <summary>The thesaurus concepts a resource names, as the index tags it (for a resource page to show them).</summary>
public sealed class ResourceConceptFinder
{
    private readonly Thesaurus _thesaurus;
    private readonly ConceptTagger? _tagger;

    public ResourceConceptFinder(CrossLanguageSources sources, AnalysisOptions analysis)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _thesaurus = sources.Thesaurus;
        var lookups = new TranslationLookups(sources, new AnalyzerSet(analysis));
        _tagger = lookups.HasLabels ? new ConceptTagger(lookups) : null;
    }

    public IReadOnlyList<Concept> Find(ResourceDocument document) => _tagger is null
        ? []
        : _tagger.Tag(document).Select(_thesaurus.Find).OfType<Concept>().ToList();
}
