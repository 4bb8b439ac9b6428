using SilkRoad.Search.Concepts;

namespace SilkRoad.Web.Api;

/// <summary>The JSON of <c>GET /api/concepts/{key}</c>: a thesaurus concept's labels and relations (as keys).</summary>
internal sealed record ConceptResponse(
    string Key,
    string Uri,
    IReadOnlyList<ConceptLabelResponse> Labels,
    IReadOnlyList<string> Broader,
    IReadOnlyList<string> Narrower,
    IReadOnlyList<string> Related)
{
    public static ConceptResponse From(Concept concept) => new(concept.Key, concept.Uri,
        concept.Labels.Select(l => new ConceptLabelResponse(l.Language, l.Text, l.Kind.ToString().ToLowerInvariant())).ToList(),
        concept.Broader, concept.Narrower, concept.Related);
}

internal sealed record ConceptLabelResponse(string Language, string Text, string Kind);
