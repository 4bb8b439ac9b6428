namespace SilkRoad.Search.Concepts;

/// <summary>The concepts of one or more SKOS thesauri, found by key or URI.</summary>
public sealed class Thesaurus
{
    private readonly Dictionary<string, Concept> _byKey;
    private readonly Dictionary<string, Concept> _byUri;

    public Thesaurus(IEnumerable<Concept> concepts)
    {
        Concepts = concepts.ToList();
        _byKey = Concepts.ToDictionary(c => c.Key, StringComparer.Ordinal);
        _byUri = Concepts.ToDictionary(c => c.Uri, StringComparer.Ordinal);
    }

    public static Thesaurus Empty { get; } = new([]);

    public IReadOnlyList<Concept> Concepts { get; }

    public int Count => Concepts.Count;

    public Concept? Find(string key) => _byKey.GetValueOrDefault(key);

    public Concept? FindByUri(string uri) => _byUri.GetValueOrDefault(uri);
}
