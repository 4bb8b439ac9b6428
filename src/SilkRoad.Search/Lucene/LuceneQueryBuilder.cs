using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SilkRoad.Core.Countries;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// Translates a parsed query into a Lucene query. The whole query is analysed once per language and matched against
/// that language's fields; the language that matches a resource best gives its score (a dis-max), so a query finds a
/// word in whatever language it occurs, and a resource in two languages is not counted twice. Exclusions apply across
/// all languages.
/// </summary>
internal sealed class LuceneQueryBuilder(RankingOptions ranking, AnalyzerSet analyzers)
{
    public Query Build(QueryNode node) => node switch
    {
        MatchAllNode => new MatchAllDocsQuery(),
        // A single word is a query of one plain word: its pieces (a Chinese compound the segmenter cuts) are
        // matched like words written side by side, not all required.
        TermNode or TranslatedNode { Original: TermNode } => Build(new BooleanNode([new Queries.BooleanClause(Occurrence.Default, node)])),
        _ => (Query?)AcrossLanguages(node) ?? new BooleanQuery(),
    };

    /// <summary>The query as it reads in one language's fields (plus the language-neutral ones).</summary>
    public Query? BuildFor(QueryNode node, string language) => Translate(node, language);

    private WindowedDisjunctionMaxQuery? AcrossLanguages(QueryNode node)
    {
        var passes = new WindowedDisjunctionMaxQuery(0f);
        foreach (var language in IndexFields.TextLanguages)
            if (Translate(node, language) is { } query) passes.Add(query);
        return passes.Disjuncts.Count == 0 ? null : passes;
    }

    private Query? Translate(QueryNode node, string language) => node switch
    {
        MatchAllNode => new MatchAllDocsQuery(),
        BooleanNode boolean => Boolean(boolean, language),
        TermNode term => Group(TermClauses(term, language)),
        PhraseNode phrase => Phrase(phrase, language),
        RangeNode range => Range(range),
        TranslatedNode translated => Translated(translated, language, wholeWord: true),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown query node"),
    };

    // The words as typed, or any translation of each translated part: in this language's pass only the translations
    // into this language count, each group as the best of its translations, each of its words weighted below a word
    // of the original. A word the analyzer splits is matched as it would be untranslated: any of its pieces among
    // words side by side, all of them where the word is required (+太阳能电池).
    private Query? Translated(TranslatedNode node, string language, bool wholeWord)
    {
        var original = node.Original is TermNode term
            ? wholeWord ? Group(TermClauses(term, language)) : AnyOf(TermClauses(term, language))
            : Translate(node.Original, language);
        var field = FieldOf(node.Original);
        var query = new BooleanQuery();
        foreach (var group in node.Groups)
        {
            var best = new WindowedDisjunctionMaxQuery(0f);
            foreach (var translation in group.Translations.Where(t => IsSearchedIn(t, language)))
            {
                if (Phrase(new PhraseNode(field, translation.Text), language) is not { } phrase) continue;
                phrase.Boost = translation.Weight;
                best.Add(phrase);
            }
            if (best.Disjuncts.Count > 0) query.Add(best, Occur.SHOULD);
        }
        if (query.Clauses.Count == 0) return original;
        if (original is not null) query.Add(original, Occur.SHOULD);
        return query;
    }

    // A translation into Chinese is searched as SmartCn's words, and, when it is a thesaurus label, also as a run of
    // characters (as a Chinese query is). Dictionary headwords as runs of characters found little the words did not
    // (nDCG@10 into Chinese 0.003-0.017 lower without them on the relevance collection) and cost a quarter of a
    // translated query's time at 1M (docs/benchmarks.md).
    private static bool IsSearchedIn(QueryTranslation translation, string language) => language == IndexFields.ChineseCharacters
        ? translation.Language == Language.Zh.Code && translation.Origin == ExpansionOrigin.Concept
        : translation.Language == language;

    private static string? FieldOf(QueryNode node) => node switch
    {
        TermNode term => term.Field,
        PhraseNode phrase => phrase.Field,
        BooleanNode boolean => boolean.Clauses.Select(c => FieldOf(c.Node)).FirstOrDefault(),
        _ => null,
    };

    private static Query? AnyOf(List<Query> words)
    {
        if (words.Count <= 1) return words.Count == 0 ? null : words[0];
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(word, Occur.SHOULD);
        return query;
    }

    private BooleanQuery? Boolean(BooleanNode node, string language)
    {
        var required = new BooleanQuery();
        var optional = new List<Query>();
        var defaults = new List<Query>();
        var excluded = new List<Query>();
        foreach (var clause in node.Clauses)
        {
            switch (clause.Occurrence)
            {
                case Occurrence.MustNot:
                    if (AcrossLanguages(clause.Node) is { } exclusion) excluded.Add(exclusion);
                    break;
                case Occurrence.Default when IsRestriction(clause.Node):
                case Occurrence.Must:
                    if (Translate(clause.Node, language) is { } must) required.Add(must, Occur.MUST);
                    else if (clause.Node is not TermNode) return null;
                    break;
                case Occurrence.Default when clause.Node is TermNode term:
                    // A word the analyzer splits (a Chinese compound, "e-mail") counts as several words.
                    defaults.AddRange(TermClauses(term, language));
                    break;
                case Occurrence.Default when clause.Node is TranslatedNode translated:
                    if (Translated(translated, language, wholeWord: false) is { } alternatives) defaults.Add(alternatives);
                    break;
                case Occurrence.Default:
                    if (Translate(clause.Node, language) is { } query) defaults.Add(query);
                    break;
                case Occurrence.Should:
                    if (Translate(clause.Node, language) is { } should) optional.Add(should);
                    break;
            }
        }

        if (defaults.Count > 0) required.Add(MinimumMatch(defaults), Occur.MUST);
        foreach (var query in optional) required.Add(query, Occur.SHOULD);
        if (required.Clauses.Count == 0)
        {
            if (excluded.Count == 0) return null;
            required.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        foreach (var query in excluded) required.Add(query, Occur.MUST_NOT);
        return required;
    }

    // A value of an exact field beside words (solar year:2021, cell type:report) narrows them as a filter does: it is
    // not one more word that may or may not match, which would add every resource of 2021 to those about solar.
    private static bool IsRestriction(QueryNode node) => node switch
    {
        TermNode { Field: { } field } => !IsText(field),
        PhraseNode { Field: { } field } => !IsText(field),
        RangeNode => true,
        BooleanNode boolean => boolean.Clauses.All(c => IsRestriction(c.Node)),
        _ => false,
    };

    private Query MinimumMatch(List<Query> words)
    {
        if (words.Count == 1) return words[0];
        var query = new BooleanQuery();
        foreach (var word in words) query.Add(word, Occur.SHOULD);
        query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Floor(words.Count * ranking.MinimumShouldMatch));
        return query;
    }

    private static Query? Group(List<Query> clauses)
    {
        if (clauses.Count <= 1) return clauses.Count == 0 ? null : clauses[0];
        var query = new BooleanQuery();
        foreach (var clause in clauses) query.Add(clause, Occur.MUST);
        return query;
    }

    // One query per word the language's analyzer makes of the term, each over the fields it may occur in.
    private List<Query> TermClauses(TermNode term, string language)
    {
        if (term.Field is { } field && !IsText(field)) return [Exact(field, term.Text)];
        if (term.IsPrefix && HasIdeographs(term.Text))
        {
            // Chinese is indexed as segmented words and as single characters, so no indexed term starts with
            // "光伏" when the segmenter cut it: typed characters are matched as a run of characters instead.
            return Phrase(new PhraseNode(term.Field, term.Text.TrimEnd('*')), language) is { } run ? [run] : [];
        }
        if (term.IsPrefix) return [Prefix(term, language)];

        var clauses = new List<Query>();
        var fields = TextFields(term.Field, language);
        var neutral = NeutralFieldsIn(term.Field, language);
        var neutralTokens = neutral.Count == 0 ? [] : Tokens(analyzers.Names, term.Text);
        var tokens = fields.Count == 0 ? [] : Tokens(analyzers.For(language), term.Text);
        // Names and subjects are analysed language-neutrally. Where that cuts the word into as many tokens as the
        // language does (nearly always outside Chinese), each token is looked for in both; where it does not (a
        // Chinese compound: two words, four character pairs), this pass searches the language's fields only, and
        // the language-neutral pass, whose two analyses agree, searches the names.
        if (fields.Count > 0 && neutralTokens.Count != tokens.Count) neutralTokens = [];
        var count = Math.Max(tokens.Count, neutralTokens.Count);
        for (var i = 0; i < count; i++)
        {
            var word = new WindowedDisjunctionMaxQuery(ranking.FieldTieBreaker);
            if (i < tokens.Count)
                foreach (var (name, weight) in fields) word.Add(Boosted(new TermQuery(new Term(name, tokens[i].Text)), weight));
            if (i < neutralTokens.Count)
                foreach (var (name, weight) in neutral) word.Add(Boosted(new TermQuery(new Term(name, neutralTokens[i].Text)), weight));
            clauses.Add(word);
        }
        return clauses;
    }

    private WindowedDisjunctionMaxQuery Prefix(TermNode term, string language)
    {
        // Wildcards are not analysed (a stemmer cannot stem half a word): the prefix is only folded.
        var prefix = Completion.Key(term.Text);
        var query = new WindowedDisjunctionMaxQuery(ranking.FieldTieBreaker);
        foreach (var (name, weight) in TextFields(term.Field, language).Concat(NeutralFieldsIn(term.Field, language)))
            query.Add(Boosted(new PrefixQuery(new Term(name, prefix)), weight));
        return query;
    }

    private WindowedDisjunctionMaxQuery? Phrase(PhraseNode phrase, string language)
    {
        if (phrase.Field is { } field && !IsText(field)) return Single(Exact(field, phrase.Text));
        var query = new WindowedDisjunctionMaxQuery(ranking.FieldTieBreaker);
        var tokens = Tokens(analyzers.For(language), phrase.Text);
        foreach (var (name, weight) in TextFields(phrase.Field, language))
            if (PhraseOf(name, tokens) is { } q) query.Add(Boosted(q, weight));
        var neutralTokens = Tokens(analyzers.Names, phrase.Text);
        foreach (var (name, weight) in NeutralFieldsIn(phrase.Field, language))
            if (PhraseOf(name, neutralTokens) is { } q) query.Add(Boosted(q, weight));
        return query.Disjuncts.Count == 0 ? null : query;
    }

    private static bool HasIdeographs(string text) => text.Any(c => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff');

    private static WindowedDisjunctionMaxQuery Single(Query query) => new WindowedDisjunctionMaxQuery(0f) { query };

    private static Query? PhraseOf(string field, List<Token> tokens)
    {
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Text));
        var phrase = new PhraseQuery();
        foreach (var token in tokens) phrase.Add(new Term(field, token.Text), token.Position);
        return phrase;
    }

    private static Query Range(RangeNode range)
    {
        if (!string.Equals(range.Field, QueryFields.Year, StringComparison.OrdinalIgnoreCase))
            throw Invalid($"a range is only possible on year, not on {range.Field}");
        return YearRange(ParseYear(range.From), ParseYear(range.To));
    }

    internal static Query YearRange(int? from, int? to) =>
        NumericRangeQuery.NewInt32Range(IndexFields.Year, from, to, true, true);

    private static int? ParseYear(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw Invalid($"'{text}' is not a year");
    }

    // field:value on a field that holds exact values rather than text.
    private static Query Exact(string field, string value)
    {
        switch (field.ToLowerInvariant())
        {
            case QueryFields.Year:
                var year = ParseYear(value);
                return YearRange(year, year);
            case QueryFields.Doi:
                var doi = IdentifierNormalizer.Normalize(IdentifierKind.Doi, value)
                    ?? throw Invalid($"'{value}' is not a DOI");
                return new TermQuery(new Term(IndexFields.Doi, doi.ToLowerInvariant()));
            default:
                var (facet, exact) = FacetValue(field, value);
                return new TermQuery(new Term(IndexFields.Exact(facet), exact));
        }
    }

    /// <summary>The stored form of a facet value as a user may write it: <c>type:article</c>, <c>country:china</c>.</summary>
    internal static (string Facet, string Value) FacetValue(string field, string value)
    {
        var facet = field.ToLowerInvariant();
        switch (facet)
        {
            case FacetNames.Type:
                return ResourceTypeNames.TryParse(value, out var type)
                    ? (facet, type.Value.ToSlug())
                    : throw Invalid($"'{value}' is not a resource type");
            case FacetNames.Language:
                var code = Language.NormalizeCode(value);
                return code == Language.UndeterminedCode && !value.Equals(code, StringComparison.OrdinalIgnoreCase)
                    ? throw Invalid($"'{value}' is not a language")
                    : (facet, code);
            case FacetNames.Country:
                return CountryCodes.TryNormalize(value, out var country)
                    ? (facet, country)
                    : throw Invalid($"'{value}' is not a country");
            case FacetNames.Year:
                return ParseYear(value) is { } year
                    ? (facet, year.ToString(CultureInfo.InvariantCulture))
                    : throw Invalid("a year is missing");
            case FacetNames.Subject:
            case FacetNames.Source:
            case FacetNames.Concept:
                return (facet, value);
            default:
                throw Invalid($"'{field}' cannot be filtered on");
        }
    }

    private static QueryTranslationException Invalid(string message) =>
        new(new QueryError(QueryErrorCode.InvalidFilter, 0, message));

    private static bool IsText(string field) => field.ToLowerInvariant() is
        QueryFields.Title or QueryFields.Abstract or QueryFields.Keyword or QueryFields.Author or QueryFields.Subject;

    private List<(string Name, float Weight)> TextFields(string? field, string language)
    {
        var fields = new List<(string, float)>(3);
        var kind = field?.ToLowerInvariant();
        if (kind is null or QueryFields.Title) fields.Add((IndexFields.Text(IndexFields.Title, language), ranking.TitleWeight));
        if (kind is null or QueryFields.Keyword) fields.Add((IndexFields.Text(IndexFields.Keyword, language), ranking.KeywordWeight));
        if (kind is null or QueryFields.Abstract) fields.Add((IndexFields.Text(IndexFields.Abstract, language), ranking.AbstractWeight));
        return fields;
    }

    // Names, subjects and publishers carry no language tag and are analysed one way: a plain word looks for them in
    // the language-neutral pass only (searching them again in each language's pass multiplied the clauses of a query
    // by eight for nothing); author: and subject: are searched in every pass, so that they constrain each.
    private List<(string Name, float Weight)> NeutralFieldsIn(string? field, string language) =>
        field is null && language != Language.UndeterminedCode ? [] : NeutralFields(field);

    private List<(string Name, float Weight)> NeutralFields(string? field)
    {
        var fields = new List<(string, float)>(3);
        var kind = field?.ToLowerInvariant();
        if (kind is null or QueryFields.Author) fields.Add((IndexFields.Author, ranking.AuthorWeight));
        if (kind is null or QueryFields.Subject) fields.Add((IndexFields.Subject, ranking.SubjectWeight));
        if (kind is null) fields.Add((IndexFields.Other, ranking.OtherWeight));
        return fields;
    }

    private static Query Boosted(Query query, float weight)
    {
        query.Boost = weight;
        return query;
    }

    internal readonly record struct Token(string Text, int Position);

    internal static List<Token> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(increment.PositionIncrement, 0);
            if (position < 0) position = 0;
            tokens.Add(new Token(term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}
