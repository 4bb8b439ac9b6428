namespace SilkRoad.Search.Translation;

/// <summary>How much a translation weighs against the words as typed (1). Configuration section
/// <c>Search:CrossLanguage</c>; the values were chosen on the cross-language relevance collection (docs/benchmarks.md):
/// of 0.5–1.0 for a preferred label, higher ranked better over all languages, and 0.9 keeps a translation below the
/// words as typed, as a translation may be wrong.</summary>
public sealed class CrossLanguageOptions
{
    /// <summary>Whether a query is translated unless the request says otherwise.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether the engineering vocabulary shipped with SilkRoad is loaded beside imported thesauri.</summary>
    public bool DefaultVocabulary { get; set; } = true;

    public float PreferredLabelWeight { get; set; } = 0.9f;

    public float AlternativeLabelWeight { get; set; } = 0.8f;

    public float DictionaryWeight { get; set; } = 0.6f;

    public float PivotWeight { get; set; } = 0.4f;

    /// <summary>Translations taken per dictionary entry and language (the first, most usual, senses).</summary>
    public int DictionaryTranslations { get; set; } = 3;

    /// <summary>Alternative labels taken per concept and language beside the preferred one.</summary>
    public int AlternativeLabels { get; set; } = 3;
}
