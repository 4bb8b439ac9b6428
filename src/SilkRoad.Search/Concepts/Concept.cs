using SilkRoad.Core.Languages;

namespace SilkRoad.Search.Concepts;

/// <summary>
/// A concept of a thesaurus: what it is called in each working language and how it relates to others. <see cref="Key"/>
/// is short and URL-safe (the concept page is <c>/{culture}/concepts/{key}</c>); <see cref="Uri"/> is its identity.
/// </summary>
public sealed class Concept
{
    public required string Key { get; init; }

    public required string Uri { get; init; }

    /// <summary>The scheme (thesaurus) it belongs to, when the file says.</summary>
    public string? Scheme { get; init; }

    public required IReadOnlyList<ConceptLabel> Labels { get; init; }

    public IReadOnlyList<string> Broader { get; internal set; } = [];

    public IReadOnlyList<string> Narrower { get; internal set; } = [];

    public IReadOnlyList<string> Related { get; internal set; } = [];

    /// <summary>The preferred label in a language, if the concept has one there.</summary>
    public string? PreferredLabel(string language) =>
        Labels.FirstOrDefault(l => l.Kind == ConceptLabelKind.Preferred && l.Language == language).Text;

    /// <summary>A name to show to a reader of <paramref name="language"/>: theirs, else English, else any.</summary>
    public string DisplayLabel(string language) =>
        PreferredLabel(language) ?? PreferredLabel(Language.En.Code)
        ?? Labels.FirstOrDefault(l => l.Kind == ConceptLabelKind.Preferred).Text ?? Labels[0].Text;

    public override string ToString() => $"{Key} ({DisplayLabel(Language.En.Code)})";
}
