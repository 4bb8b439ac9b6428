using SilkRoad.Core.Languages;
using SilkRoad.Search.Concepts;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Translation;

/// <summary>
/// Translates the words of a parsed query into the other working languages (cross-language search). Words written
/// side by side are matched, longest first, against thesaurus labels (a concept's labels in the other languages are
/// its translations), then against dictionary headwords (direct, or through English where no direct dictionary
/// exists); phrases are translated whole. Each translated part becomes a <see cref="TranslatedNode"/>; exclusions,
/// wildcards and exact-value fields are left as typed.
/// </summary>
/// <remarks>The query's language is told by the script of each word (Han, Arabic, Cyrillic); Latin-script words are
/// read as whichever of English, French and Spanish knows most of them (the caller's language breaking a tie), and
/// thesaurus labels of the other two are tried too (dictionaries are not: "pain" is bread in French).</remarks>
internal sealed class QueryTranslator(TranslationLookups lookups, CrossLanguageOptions options)
{
    private static readonly string[] LatinLanguages = [Language.En.Code, Language.Fr.Code, Language.Es.Code];

    /// <summary>Parts of one query translated at most (the rest are searched as typed).</summary>
    public const int MaxTranslatedParts = 20;

    public (QueryNode Node, IReadOnlyList<QueryExpansion> Expansions) Translate(QueryNode node, string? queryLanguage,
        IReadOnlySet<string>? targets, IReadOnlySet<string>? dropped)
    {
        if (lookups.IsEmpty) return (node, []);
        var run = new Run(lookups, options, LatinLanguageOf(node, queryLanguage), targets, dropped);
        var translated = run.Visit(node);
        return (translated, run.Expansions);
    }

    // Latin-script words may be English, French or Spanish: the language whose dictionaries and labels know most of
    // them is taken, the caller's language (the portal's culture) breaking a tie, else English.
    private string LatinLanguageOf(QueryNode node, string? hint)
    {
        var words = LatinWords(node).ToList();
        var best = hint is { } h && LatinLanguages.Contains(h) ? h : Language.En.Code;
        if (words.Count == 0) return best;
        var bestScore = Known(best, words);
        foreach (var language in LatinLanguages.Where(l => l != best))
        {
            var score = Known(language, words);
            if (score > bestScore) (best, bestScore) = (language, score);
        }
        return best;
    }

    private int Known(string language, List<string> words) => words.Count(w => lookups.Knows(language, lookups.Keys.Key(language, w)));

    private static IEnumerable<string> LatinWords(QueryNode node) => node switch
    {
        TermNode term when TermKeys.ScriptOf(term.Text) == ScriptClass.Latin && !term.IsPrefix => [term.Text],
        PhraseNode phrase when TermKeys.ScriptOf(phrase.Text) == ScriptClass.Latin => phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        BooleanNode boolean => boolean.Clauses.Where(c => c.Occurrence != Occurrence.MustNot).SelectMany(c => LatinWords(c.Node)),
        _ => [],
    };

    private sealed class Run(TranslationLookups lookups, CrossLanguageOptions options, string? queryLanguage,
        IReadOnlySet<string>? targets, IReadOnlySet<string>? dropped)
    {
        private readonly TranslationLookups _lookups = lookups;
        private readonly CrossLanguageOptions _options = options;

        public List<QueryExpansion> Expansions { get; } = [];

        public QueryNode Visit(QueryNode node) => node switch
        {
            TermNode term when IsTranslatable(term) => Words([term]).Single().Node,
            PhraseNode phrase when phrase.Field is null || IsTextField(phrase.Field) => Phrase(phrase),
            BooleanNode boolean => Boolean(boolean),
            _ => node,
        };

        private BooleanNode Boolean(BooleanNode node)
        {
            var clauses = new List<BooleanClause>();
            var words = new List<TermNode>();
            foreach (var clause in node.Clauses)
            {
                if (clause.Occurrence == Occurrence.Default && clause.Node is TermNode term && IsTranslatable(term)
                    && (words.Count == 0 || words[0].Field == term.Field))
                {
                    words.Add(term);
                    continue;
                }
                Flush();
                if (clause.Occurrence == Occurrence.Default && clause.Node is TermNode next && IsTranslatable(next))
                {
                    words.Add(next);
                    continue;
                }
                clauses.Add(clause.Occurrence == Occurrence.MustNot ? clause : clause with { Node = Visit(clause.Node) });
            }
            Flush();
            return new BooleanNode(clauses);

            void Flush()
            {
                if (words.Count == 0) return;
                foreach (var (piece, _) in Words(words)) clauses.Add(new BooleanClause(Occurrence.Default, piece));
                words.Clear();
            }
        }

        private QueryNode Phrase(PhraseNode phrase)
        {
            var language = LanguageOf(phrase.Text);
            var (_, group) = Group(phrase.Text, language, _lookups.Keys.Key(language, phrase.Text), allowDictionary: true);
            return group is null ? phrase : new TranslatedNode(phrase, [group]);
        }

        // Words side by side: each Chinese word is cut into the longest labels and headwords it holds; other words are
        // grouped, longest first, into labels and headwords of several words ("solar cell", "génie civil").
        private List<(QueryNode Node, int Count)> Words(List<TermNode> words)
        {
            var pieces = new List<(QueryNode, int)>();
            var i = 0;
            while (i < words.Count)
            {
                var language = LanguageOf(words[i].Text);
                if (language == Language.Zh.Code)
                {
                    pieces.Add((Chinese(words[i]), 1));
                    i++;
                    continue;
                }
                var (length, group) = LongestMatch(words, i, language);
                if (group is null)
                {
                    // No label or headword, or the reader dropped every translation of the one found: as typed.
                    pieces.AddRange(words.Skip(i).Take(length).Select(w => ((QueryNode)w, 1)));
                    i += length;
                    continue;
                }
                var span = words.Skip(i).Take(length).ToList();
                QueryNode original = span.Count == 1 ? span[0] : new BooleanNode(span.Select(w => new BooleanClause(Occurrence.Default, w)).ToList());
                pieces.Add((new TranslatedNode(original, [group]), length));
                i += length;
            }
            return pieces;
        }

        private (int Length, TranslationGroup? Group) LongestMatch(List<TermNode> words, int start, string language)
        {
            var script = TermKeys.ScriptOf(words[start].Text);
            var end = Math.Min(words.Count, start + TranslationLookups.MaxWords);
            for (var length = end - start; length >= 1; length--)
            {
                var span = words.Skip(start).Take(length).ToList();
                if (span.Any(w => TermKeys.ScriptOf(w.Text) != script)) continue;
                var text = string.Join(' ', span.Select(w => w.Text));
                foreach (var candidate in Candidates(language, script))
                {
                    var key = _lookups.Keys.Key(candidate, text);
                    if (key.Length == 0) continue;
                    var (matched, group) = Group(text, candidate, key, allowDictionary: candidate == language);
                    if (matched) return (length, group);
                }
            }
            return (1, null);
        }

        private QueryNode Chinese(TermNode word)
        {
            var text = TermKeys.Chinese(word.Text);
            var groups = new List<TranslationGroup>();
            var i = 0;
            while (i < text.Length)
            {
                var found = false;
                for (var length = Math.Min(TranslationLookups.MaxChineseCharacters, text.Length - i); length >= 2 || (length == 1 && text.Length == 1); length--)
                {
                    var piece = text.Substring(i, length);
                    var (matched, group) = Group(piece, Language.Zh.Code, piece, allowDictionary: true);
                    if (!matched) continue;
                    if (group is not null) groups.Add(group);
                    i += length;
                    found = true;
                    break;
                }
                if (!found) i++;
            }
            return groups.Count == 0 ? word : new TranslatedNode(word, groups);
        }

        private static IEnumerable<string> Candidates(string language, ScriptClass script) =>
            script == ScriptClass.Latin ? LatinLanguages.Where(l => l != language).Prepend(language) : [language];

        private string LanguageOf(string text) => TermKeys.ScriptOf(text) switch
        {
            ScriptClass.Han => Language.Zh.Code,
            ScriptClass.Arabic => Language.Ar.Code,
            ScriptClass.Cyrillic => Language.Ru.Code,
            _ => queryLanguage is { } q && LatinLanguages.Contains(q) ? q : Language.En.Code,
        };

        // The translations of one part of the query: the labels of the concepts it names in each other language, else
        // the dictionary's translations. Matched is whether a label or headword was found at all: a part whose every
        // translation the reader dropped stays one part, untranslated, rather than being translated word by word.
        private (bool Matched, TranslationGroup? Group) Group(string text, string language, string key, bool allowDictionary)
        {
            var terms = new List<(ExpansionTerm Term, float Weight)>();
            foreach (var (concept, _) in _lookups.Concepts(language, key)) AddConcept(concept, language, terms);
            if (terms.Count == 0 && allowDictionary) AddDictionary(language, key, terms);
            if (terms.Count == 0) return (false, null);
            terms = terms.Where(t => dropped is null || !dropped.Contains(t.Term.Id)).ToList();
            // A long query is translated in its first parts only, and a repeated part once: the results page lists
            // every translation, each with a link to drop it.
            if (terms.Count == 0 || Expansions.Count >= MaxTranslatedParts) return (true, null);
            var translations = terms.Select(t => new QueryTranslation(t.Term.Language, t.Term.Text, t.Weight, t.Term.Origin)).ToList();
            if (!Expansions.Exists(e => e.Source == text && e.SourceLanguage == language))
                Expansions.Add(new QueryExpansion(text, language, terms.Select(t => t.Term).ToList()));
            return (true, new TranslationGroup(translations));
        }

        private void AddConcept(Concept concept, string source, List<(ExpansionTerm, float)> terms)
        {
            foreach (var target in Targets(source))
            {
                if (concept.PreferredLabel(target) is { } preferred)
                    Add(terms, new ExpansionTerm(target, preferred, ExpansionOrigin.Concept, concept.Key), _options.PreferredLabelWeight);
                foreach (var label in concept.Labels.Where(l => l.Language == target && l.Kind == ConceptLabelKind.Alternative).Take(_options.AlternativeLabels))
                    Add(terms, new ExpansionTerm(target, label.Text, ExpansionOrigin.Concept, concept.Key), _options.AlternativeLabelWeight);
            }
        }

        private void AddDictionary(string source, string key, List<(ExpansionTerm, float)> terms)
        {
            var english = Language.En.Code;
            foreach (var target in Targets(source))
            {
                var direct = _lookups.Translations(source, target, key).Take(_options.DictionaryTranslations).ToList();
                foreach (var translation in direct)
                    Add(terms, new ExpansionTerm(target, translation, ExpansionOrigin.Dictionary), _options.DictionaryWeight);
                if (direct.Count > 0 || source == english || target == english) continue;
                foreach (var pivot in _lookups.Translations(source, english, key).Take(2))
                {
                    var pivotKey = _lookups.Keys.Key(english, pivot);
                    foreach (var translation in _lookups.Translations(english, target, pivotKey).Take(2))
                        Add(terms, new ExpansionTerm(target, translation, ExpansionOrigin.Pivot), _options.PivotWeight);
                }
            }
        }

        private static void Add(List<(ExpansionTerm Term, float Weight)> terms, ExpansionTerm term, float weight)
        {
            if (!terms.Exists(t => t.Term.Id == term.Id)) terms.Add((term, weight));
        }

        private IEnumerable<string> Targets(string source) =>
            _lookups.Languages.Where(l => l != source && (targets is null || targets.Count == 0 || targets.Contains(l)));

        private static bool IsTranslatable(TermNode term) => !term.IsPrefix && (term.Field is null || IsTextField(term.Field));

        private static bool IsTextField(string field) => field.ToLowerInvariant() is QueryFields.Title or QueryFields.Abstract or QueryFields.Keyword;
    }
}
