using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Search.Analysis;
using SilkRoad.Search.Queries;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// The passage of a hit that matched, in the language it is written in, with the matched words in
/// <c>&lt;mark&gt;</c> and everything else HTML-encoded. Abstracts are preferred to keywords (the title is shown
/// anyway), and the query's own language to the others.
/// </summary>
/// <remarks>
/// The query's words are analysed once per language, and a text is analysed once by its own language's analyzer;
/// the window of the text with the most matched words is the snippet. Lucene's Highlighter did the same work by
/// extracting weighted spans from the whole cross-language query for every text: three quarters of the time of a
/// results page at a million resources. Chinese is matched character by character (as its second field is indexed)
/// and runs of marked characters are joined, so <c>太阳能</c> is one mark whichever way it was segmented.
/// </remarks>
internal sealed class SnippetHighlighter(QueryNode query, string? preferredLanguage, AnalyzerSet analyzers)
{
    private const int FragmentChars = 180;
    private const int LeadChars = 30;
    private const int MaxCharsAnalysed = 4_000;

    private readonly Dictionary<string, (HashSet<string> Terms, List<string> Prefixes)> _wordsByLanguage = [];
    private readonly List<(string Text, bool IsPrefix)> _queryWords = Words(query).ToList();

    public Snippet? Highlight(ResourceDocument document)
    {
        if (_queryWords.Count > 0)
        {
            foreach (var texts in new[] { document.Abstracts, document.Keywords })
            {
                foreach (var text in texts.OrderBy(t => t.Language == preferredLanguage ? 0 : 1))
                {
                    var language = IndexFields.TextLanguage(text.Language);
                    var analysis = language == "zh" ? IndexFields.ChineseCharacters : language;
                    if (Fragment(text.Text, analysis) is { } fragment) return new Snippet(text.Language, fragment);
                }
            }
        }
        return Opening(document);
    }

    private string? Fragment(string text, string language)
    {
        var (terms, prefixes) = QueryWords(language);
        if (terms.Count == 0 && prefixes.Count == 0) return null;
        var matches = Matches(analyzers.For(language), text, terms, prefixes);
        if (matches.Count == 0) return null;

        // The window of FragmentChars with the most matches, started a little before its first one.
        var (best, bestCount) = (0, 0);
        for (int i = 0, j = 0; i < matches.Count; i++)
        {
            while (j < matches.Count && matches[j].End <= matches[i].Start + FragmentChars) j++;
            if (j - i > bestCount) (best, bestCount) = (i, j - i);
        }
        var start = WordStart(text, Math.Max(0, matches[best].Start - LeadChars));
        var end = Math.Min(text.Length, start + FragmentChars);
        if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--;

        var html = new StringBuilder(FragmentChars * 2);
        if (start > 0) html.Append('…');
        var at = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart < at || matchEnd > end) continue;
            html.Append(MinimalHtmlEncoder.Instance.EncodeText(text[at..matchStart]));
            html.Append("<mark>").Append(MinimalHtmlEncoder.Instance.EncodeText(text[matchStart..matchEnd])).Append("</mark>");
            at = matchEnd;
        }
        html.Append(MinimalHtmlEncoder.Instance.EncodeText(text[at..end]));
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }

    // The offsets of the text's tokens that are query words, adjacent ones joined (Chinese characters, "e-mail").
    private static List<(int Start, int End)> Matches(Analyzer analyzer, string text, HashSet<string> terms, List<string> prefixes)
    {
        var matches = new List<(int Start, int End)>();
        using var stream = analyzer.GetTokenStream("snippet", text.Length > MaxCharsAnalysed ? text[..MaxCharsAnalysed] : text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var token = term.ToString();
            if (!terms.Contains(token) && !prefixes.Exists(p => token.StartsWith(p, StringComparison.Ordinal))) continue;
            var (start, end) = (offset.StartOffset, offset.EndOffset);
            if (matches.Count > 0 && start <= matches[^1].End + (IsJoiner(text, matches[^1].End, start) ? 1 : 0))
                matches[^1] = (matches[^1].Start, Math.Max(end, matches[^1].End));
            else
                matches.Add((start, end));
        }
        stream.End();
        return matches;
    }

    private static bool IsJoiner(string text, int from, int to) => to == from + 1 && text[from] is '-' or '/';

    private (HashSet<string> Terms, List<string> Prefixes) QueryWords(string language)
    {
        if (_wordsByLanguage.TryGetValue(language, out var words)) return words;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var (text, isPrefix) in _queryWords)
        {
            if (isPrefix)
            {
                if (Completion.Key(text) is { Length: > 0 } prefix) prefixes.Add(prefix);
                continue;
            }
            foreach (var token in LuceneQueryBuilder.Tokens(analyzers.For(language), text)) terms.Add(token.Text);
        }
        return _wordsByLanguage[language] = (terms, prefixes);
    }

    // The words a text may be marked for: everything searched in text, nothing excluded, no exact-value field.
    private static IEnumerable<(string Text, bool IsPrefix)> Words(QueryNode node) => node switch
    {
        TermNode { Field: null or QueryFields.Title or QueryFields.Abstract or QueryFields.Keyword } term => [(term.Text.TrimEnd('*'), term.IsPrefix)],
        PhraseNode { Field: null or QueryFields.Title or QueryFields.Abstract or QueryFields.Keyword } phrase => [(phrase.Text, false)],
        BooleanNode boolean => boolean.Clauses.Where(c => c.Occurrence != Occurrence.MustNot).SelectMany(c => Words(c.Node)),
        // A resource found through a translation shows the translation marked in its own language.
        TranslatedNode translated => Words(translated.Original)
            .Concat(translated.Groups.SelectMany(g => g.Translations).Select(t => (t.Text, false))),
        _ => [],
    };

    private static int WordStart(string text, int index)
    {
        if (index == 0) return 0;
        var space = text.LastIndexOf(' ', index, Math.Min(index + 1, 20));
        var start = space >= 0 ? space + 1 : index;
        return char.IsLowSurrogate(text[start]) ? start - 1 : start;
    }

    // Nothing matched in the text (a filter-only search, or an author match): the opening of the abstract.
    private Snippet? Opening(ResourceDocument document)
    {
        var text = document.Abstracts.FirstOrDefault(t => t.Language == preferredLanguage) ?? document.Abstracts.FirstOrDefault();
        if (text is null) return null;
        var opening = text.Text.Length <= FragmentChars ? text.Text : text.Text[..Cut(text.Text)] + "…";
        return new Snippet(text.Language, MinimalHtmlEncoder.Instance.EncodeText(opening));
    }

    // Not between the two halves of a character outside the BMP (an emoji, a rare Han character).
    private static int Cut(string text) => char.IsHighSurrogate(text[FragmentChars - 1]) ? FragmentChars - 1 : FragmentChars;
}
