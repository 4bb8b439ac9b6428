using System.Globalization;
using System.Runtime.CompilerServices;

namespace SilkRoad.Search.Evaluation;

/// <summary>
/// Runs each topic's query against an index, as a user's search (relevance order, no filters, no facets, no
/// snippets), and turns the hits into TREC run lines. The docid is the hit's first source record id, the id it was
/// imported under (a CSV <c>id</c>, an OpenAlex W-number), so that the run can be scored against qrels written for
/// the source files; a hit without one is named by its resource id.
/// </summary>
public sealed class RunGenerator(ISearchIndex index)
{
    public async IAsyncEnumerable<TopicRun> RunAsync(IEnumerable<TrecTopic> topics, RunSettings settings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Top, 1);
        foreach (var topic in topics)
            yield return await RunAsync(topic, settings, cancellationToken);
    }

    private async Task<TopicRun> RunAsync(TrecTopic topic, RunSettings settings, CancellationToken cancellationToken)
    {
        // The index serves at most MaxPageSize hits a page; deeper runs take several pages of one size.
        var pageSize = Math.Min(settings.Top, SearchRequest.MaxPageSize);
        var lines = new List<TrecRunLine>(settings.Top);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; lines.Count < settings.Top; page++)
        {
            var results = await index.SearchAsync(new SearchRequest
            {
                Query = topic.Text,
                QueryLanguage = settings.QueryLanguage,
                CrossLanguage = settings.CrossLanguage,
                Filters = settings.ResultLanguage is { } only
                    ? new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Language] = [only] }
                    : new Dictionary<string, IReadOnlyList<string>>(),
                Page = page,
                PageSize = pageSize,
                Highlight = false,
            }, cancellationToken);
            if (results.Error is { } error) return new TopicRun(topic, [], error);
            foreach (var hit in results.Hits)
            {
                if (lines.Count == settings.Top) break;
                var docId = DocIdOf(hit);
                // Two resources may share a source record id (two files with the same ids); trec_eval refuses a run
                // that retrieves a docid twice for one query, so only the better-ranked one is written.
                if (seen.Add(docId)) lines.Add(new TrecRunLine(topic.Id, docId, lines.Count + 1, ScoreOf(hit), settings.Tag));
            }
            if (results.Hits.Count < pageSize || (long)page * pageSize >= results.Total) break;
        }
        return new TopicRun(topic, lines);
    }

    private static string DocIdOf(SearchHit hit) =>
        hit.SourceRecordIds.FirstOrDefault(id => !string.IsNullOrWhiteSpace(id))
        ?? hit.Id.ToString(CultureInfo.InvariantCulture);

    // Widening the float through its shortest text keeps the score as the engine gave it (0.1, not
    // 0.10000000149011612) and keeps the order: distinct floats stay distinct and in the same order.
    private static double ScoreOf(SearchHit hit) =>
        double.Parse(hit.Score.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
