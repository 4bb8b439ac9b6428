using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// "Did you mean": each word of the query that no title or keyword contains is replaced by the most frequent indexed
/// word within two edits of it (Lucene's Levenshtein automata; Lucene.Net.Suggest is not available here). Words in
/// scripts without spaces (Chinese) are left alone.
/// </summary>
internal static class SpellingCorrector
{
    private const int MinWordLength = 4;

    public static string? Suggest(IndexReader reader, string query, QueryNode node, AnalyzerSet analyzers)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Spelling);
        if (terms is null) return null;
        var corrected = query;
        foreach (var word in Words(node))
        {
            if (word.Length < MinWordLength || word.Any(IsIdeograph)) continue;
            var tokens = LuceneQueryBuilder.Tokens(analyzers.Names, word);
            if (tokens.Count != 1) continue;
            var token = tokens[0].Text;
            if (reader.DocFreq(new Term(IndexFields.Spelling, token)) > 0) continue;
            if (BestCandidate(terms, token) is not { } candidate) continue;
            corrected = Regex.Replace(corrected, $@"(?<!\w){Regex.Escape(word)}(?!\w)", candidate,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        return corrected == query ? null : corrected;
    }

    private static string? BestCandidate(Terms terms, string token)
    {
        var maxEdits = token.Length <= 5 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.Spelling, token), maxEdits,
            prefixLength: 1, transpositions: true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestScore = (Boost: 0f, Frequency: 0);
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term;
            // Fewer edits first (the boost), then the more frequent word.
            var score = (boost.Boost, fuzzy.DocFreq);
            if (best is null || score.CompareTo(bestScore) > 0)
            {
                best = candidate.Utf8ToString();
                bestScore = score;
            }
        }
        return best;
    }

    private static IEnumerable<string> Words(QueryNode node) => node switch
    {
        TermNode { IsPrefix: false, Field: null or QueryFields.Title or QueryFields.Abstract or QueryFields.Keyword } term => [term.Text],
        BooleanNode boolean => boolean.Clauses.Where(c => c.Occurrence != Occurrence.MustNot).SelectMany(c => Words(c.Node)),
        _ => [],
    };

    private static bool IsIdeograph(char c) => c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af';
}
