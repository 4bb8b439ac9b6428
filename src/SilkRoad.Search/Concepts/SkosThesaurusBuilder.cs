using SilkRoad.Core.Languages;
using SilkRoad.Search.Concepts.Rdf;

namespace SilkRoad.Search.Concepts;

/// <summary>
/// Gathers SKOS concepts from RDF statements of one or more files: labels (SKOS and SKOS-XL) in the six working
/// languages, broader/narrower (made symmetric), related, scheme. A concept with no label in a working language is
/// left out, and a link to a concept that is not there is dropped: each is reported as a <see cref="Problems"/> line.
/// </summary>
public sealed class SkosThesaurusBuilder
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string SkosXl = "http://www.w3.org/2008/05/skos-xl#";
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private readonly Dictionary<string, Draft> _drafts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Language, string Text)>> _xlLabels = new(StringComparer.Ordinal);
    private readonly List<(string Subject, ConceptLabelKind Kind, string Label)> _xlLinks = [];
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public void Add(IEnumerable<RdfTriple> triples)
    {
        foreach (var (subject, predicate, value) in triples)
        {
            if (subject.Kind == RdfTermKind.Literal) continue;
            var id = subject.Kind == RdfTermKind.Blank ? "_:" + subject.Value : subject.Value;
            switch (predicate)
            {
                case RdfType when value.Value == Skos + "Concept":
                    DraftOf(id).IsConcept = true;
                    break;
                case RdfType when value.Value is Skos + "Collection" or Skos + "OrderedCollection" or Skos + "ConceptScheme":
                    DraftOf(id).IsGrouping = true;
                    break;
                case Skos + "prefLabel":
                    Label(id, value, ConceptLabelKind.Preferred);
                    break;
                case Skos + "altLabel":
                    Label(id, value, ConceptLabelKind.Alternative);
                    break;
                case Skos + "hiddenLabel":
                    Label(id, value, ConceptLabelKind.Hidden);
                    break;
                case Skos + "broader" or Skos + "broaderTransitive":
                    DraftOf(id).Broader.Add(NodeId(value));
                    break;
                case Skos + "narrower" or Skos + "narrowerTransitive":
                    DraftOf(id).Narrower.Add(NodeId(value));
                    break;
                case Skos + "related":
                    DraftOf(id).Related.Add(NodeId(value));
                    break;
                case Skos + "inScheme" or Skos + "topConceptOf":
                    DraftOf(id).Scheme ??= value.Value;
                    break;
                case SkosXl + "prefLabel":
                    _xlLinks.Add((id, ConceptLabelKind.Preferred, NodeId(value)));
                    break;
                case SkosXl + "altLabel":
                    _xlLinks.Add((id, ConceptLabelKind.Alternative, NodeId(value)));
                    break;
                case SkosXl + "hiddenLabel":
                    _xlLinks.Add((id, ConceptLabelKind.Hidden, NodeId(value)));
                    break;
                case SkosXl + "literalForm" when value.Kind == RdfTermKind.Literal:
                    if (!_xlLabels.TryGetValue(id, out var forms)) _xlLabels[id] = forms = [];
                    forms.Add((value.Language ?? "", value.Value));
                    break;
            }
        }
    }

    public Thesaurus Build()
    {
        foreach (var (subject, kind, label) in _xlLinks)
            foreach (var (language, text) in _xlLabels.GetValueOrDefault(label) ?? [])
                Label(subject, RdfTerm.Literal(text, language), kind);

        // Collections and schemes have labels too (UNESCO's micro-thesauri) but are not concepts to tag with.
        var drafts = _drafts.Values.Where(d => !d.IsGrouping && (d.IsConcept || d.Labels.Any(l => l.Kind == ConceptLabelKind.Preferred))).ToList();
        var uris = drafts.Select(d => d.Uri).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in drafts.Where(d => d.Labels.Count == 0))
            _problems.Add($"{draft.Uri}: no label in zh, en, fr, ru, es or ar; left out");
        drafts.RemoveAll(d => d.Labels.Count == 0);
        uris = drafts.Select(d => d.Uri).ToHashSet(StringComparer.Ordinal);

        var keys = AssignKeys(drafts);
        var broader = drafts.ToDictionary(d => d.Uri, _ => new List<string>(), StringComparer.Ordinal);
        var narrower = drafts.ToDictionary(d => d.Uri, _ => new List<string>(), StringComparer.Ordinal);
        var related = drafts.ToDictionary(d => d.Uri, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            foreach (var target in draft.Broader) Link(draft.Uri, target, "broader", broader, narrower, uris);
            foreach (var target in draft.Narrower) Link(target, draft.Uri, "narrower", broader, narrower, uris, draft.Uri);
            foreach (var target in draft.Related) Link(draft.Uri, target, "related", related, related, uris);
        }

        var concepts = drafts.Select(d => new Concept
        {
            Key = keys[d.Uri],
            Uri = d.Uri,
            Scheme = d.Scheme,
            Labels = d.Labels.Distinct().ToList(),
            Broader = broader[d.Uri].Select(u => keys[u]).ToList(),
            Narrower = narrower[d.Uri].Select(u => keys[u]).ToList(),
            Related = related[d.Uri].Select(u => keys[u]).ToList(),
        });
        return new Thesaurus(concepts);
    }

    // child → parent (broader), and parent → child (narrower), once each however many statements say it.
    private void Link(string from, string to, string relation, Dictionary<string, List<string>> forward,
        Dictionary<string, List<string>> backward, HashSet<string> uris, string? reportedFrom = null)
    {
        var missing = !uris.Contains(from) ? from : !uris.Contains(to) ? to : null;
        if (missing is not null)
        {
            _problems.Add($"{reportedFrom ?? from}: {relation} {missing} is not a concept here; link dropped");
            return;
        }
        if (from == to) return;
        if (!forward[from].Contains(to)) forward[from].Add(to);
        if (!backward[to].Contains(from)) backward[to].Add(from);
    }

    // The last segment of the URI (concept10117, solar-cell). Where two concepts share it, each gets its scheme's
    // name (or its URI's host) in front, so that a key does not depend on which file was read first; a clash left
    // after that takes a number, in URI order.
    private static Dictionary<string, string> AssignKeys(List<Draft> drafts)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in drafts.GroupBy(d => Slug(LocalName(d.Uri)), StringComparer.Ordinal))
        {
            var shared = group.Count() > 1;
            foreach (var draft in group.OrderBy(d => d.Uri, StringComparer.Ordinal))
            {
                var key = shared ? $"{Slug(Qualifier(draft))}-{group.Key}" : group.Key;
                var candidate = key;
                for (var i = 2; !taken.Add(candidate); i++) candidate = $"{key}-{i}";
                keys[draft.Uri] = candidate;
            }
        }
        return keys;
    }

    private static string Qualifier(Draft draft) =>
        draft.Scheme is { } scheme ? LocalName(scheme)
        : Uri.TryCreate(draft.Uri, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : "concept";

    private static string LocalName(string uri)
    {
        var trimmed = uri.TrimEnd('/', '#');
        var cut = trimmed.LastIndexOfAny(['/', '#', ':']);
        return cut >= 0 && cut < trimmed.Length - 1 ? trimmed[(cut + 1)..] : trimmed;
    }

    private static string Slug(string text)
    {
        var slug = new string(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "concept" : slug;
    }

    private static string NodeId(RdfTerm term) => term.Kind == RdfTermKind.Blank ? "_:" + term.Value : term.Value;

    private void Label(string subject, RdfTerm value, ConceptLabelKind kind)
    {
        if (value.Kind != RdfTermKind.Literal || !Language.TryFind(value.Language, out var language)) return;
        var text = value.Value.Trim();
        if (text.Length == 0) return;
        var draft = DraftOf(subject);
        // SKOS allows one preferred label per language; a second one is kept as an alternative.
        if (kind == ConceptLabelKind.Preferred && draft.Labels.Any(l => l.Kind == kind && l.Language == language.Code))
            kind = ConceptLabelKind.Alternative;
        draft.Labels.Add(new ConceptLabel(language.Code, text, kind));
    }

    private Draft DraftOf(string id)
    {
        if (!_drafts.TryGetValue(id, out var draft)) _drafts[id] = draft = new Draft(id);
        return draft;
    }

    private sealed class Draft(string uri)
    {
        public string Uri { get; } = uri;

        public bool IsConcept { get; set; }

        public bool IsGrouping { get; set; }

        public string? Scheme { get; set; }

        public List<ConceptLabel> Labels { get; } = [];

        public List<string> Broader { get; } = [];

        public List<string> Narrower { get; } = [];

        public List<string> Related { get; } = [];
    }
}
