namespace SilkRoad.Search.Concepts;

/// <summary>One name of a concept in one working language.</summary>
public readonly record struct ConceptLabel(string Language, string Text, ConceptLabelKind Kind);

/// <summary>SKOS's three kinds of label: the preferred one (one per language), alternatives, and hidden forms
/// (misspellings, old spellings) that match but are never shown.</summary>
public enum ConceptLabelKind
{
    Preferred,
    Alternative,
    Hidden,
}
