using System.Text.Json.Serialization;

namespace SilkRoad.Search;

/// <summary>
/// What cross-language search added for one part of the query: the words as typed, the language they were read in,
/// and each translation used, with where it came from (a thesaurus concept or a dictionary). A caller shows these and
/// may drop one by sending it back in <see cref="SearchRequest.DroppedTranslations"/>.
/// </summary>
public sealed record QueryExpansion(string Source, string SourceLanguage, IReadOnlyList<ExpansionTerm> Translations);

/// <param name="ConceptKey">The thesaurus concept the translation is a label of, when it came from one.</param>
public sealed record ExpansionTerm(string Language, string Text, ExpansionOrigin Origin, string? ConceptKey = null)
{
    /// <summary>How a caller names it to drop it: <c>fr:cellule solaire</c>.</summary>
    public string Id => $"{Language}:{Text}";
}

[JsonConverter(typeof(JsonStringEnumConverter<ExpansionOrigin>))]
public enum ExpansionOrigin
{
    /// <summary>A label of a thesaurus concept whose label in the query's language was typed.</summary>
    Concept,

    /// <summary>A bilingual dictionary's translation.</summary>
    Dictionary,

    /// <summary>Two dictionaries through English, where no direct one exists.</summary>
    Pivot,
}
