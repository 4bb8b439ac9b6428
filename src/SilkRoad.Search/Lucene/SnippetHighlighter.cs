using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// The passage of a hit that matched, in the language it is written in, with the matched words in
/// <c>&lt;mark&gt;</c> and everything else HTML-encoded. Abstracts are preferred to titles (the title is shown
/// anyway), and the query's own language to the others.
/// </summary>
internal sealed class SnippetHighlighter(Query query, IndexReader reader, string? preferredLanguage, AnalyzerSet analyzers)
{
    private const int FragmentChars = 180;
    private readonly Dictionary<string, QueryScorer> _scorers = [];

    public Snippet? Highlight(ResourceDocument document)
    {
        foreach (var (kind, texts) in new[] { (IndexFields.Abstract, document.Abstracts), (IndexFields.Keyword, document.Keywords) })
        {
            foreach (var text in texts.OrderBy(t => t.Language == preferredLanguage ? 0 : 1))
            {
                var language = IndexFields.TextLanguage(text.Language);
                var field = IndexFields.Text(kind, language);
                var scorer = Scorer(field);
                var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), MinimalHtmlEncoder.Instance, scorer)
                {
                    TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
                    // A snippet comes from the start of a long text: analysing all of it costs more than it finds.
                    MaxDocCharsToAnalyze = 4_000,
                };
                string? fragment;
                try
                {
                    fragment = highlighter.GetBestFragment(analyzers.For(language), field, text.Text);
                }
                catch (BooleanQuery.TooManyClausesException)
                {
                    // A prefix is expanded into one clause per matching word of the text: past 1,024 (a table of
                    // numbers and "1*") the text cannot be marked, and the next one is tried.
                    continue;
                }
                if (fragment is { Length: > 0 }) return new Snippet(text.Language, fragment);
            }
        }
        return Opening(document);
    }

    private QueryScorer Scorer(string field)
    {
        if (!_scorers.TryGetValue(field, out var scorer))
            _scorers[field] = scorer = new QueryScorer(query, reader, field) { ExpandMultiTermQuery = true };
        return scorer;
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
