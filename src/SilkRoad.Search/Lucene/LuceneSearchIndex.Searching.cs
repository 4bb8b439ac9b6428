using System.Diagnostics;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.ResourceTypes;
using SilkRoad.Search.Queries;
using SilkRoad.Search.Translation;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SilkRoad.Search.Lucene;

public sealed partial class LuceneSearchIndex
{
    /// <summary>Without a cursor, a page is found by collecting every hit before it; past this many the caller must
    /// page with <see cref="SearchRequest.After"/> (Elasticsearch's max_result_window is the same idea).</summary>
    public const int MaxResultWindow = 10_000;

    private const int MaxAuthorsPerHit = 10;

    // Fewer hits than this and a misspelling is worth looking for.
    private const int DidYouMeanBelow = 3;

    /// <summary>Builds the thesaurus and dictionary lookups now rather than at the first search that needs them (a
    /// few hundred milliseconds with the FreeDict and CC-CEDICT dictionaries).</summary>
    public void PrepareCrossLanguage() => _lookups.Value.Prepare();

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        if (Validate(request) is { } invalid) return Task.FromResult(SearchResults.Failed(invalid));
        if (!SearchQueryParser.TryParse(request.Query, out var node, out var error))
            return Task.FromResult(SearchResults.Failed(error!)); // TryParse gives an error when it fails
        try
        {
            var (translated, expansions) = request.CrossLanguage ?? _crossLanguageOptions.Enabled
                ? new QueryTranslator(_lookups.Value, _crossLanguageOptions).Translate(node, request.QueryLanguage,
                    request.TranslationLanguages.ToHashSet(StringComparer.Ordinal), request.DroppedTranslations.ToHashSet(StringComparer.Ordinal))
                : (node, []);
            var query = _queries.Build(translated);
            var filters = FacetFilters.From(request.Filters);
            Interlocked.Increment(ref _searchesRunning);
            SearchResults results;
            try
            {
                results = WithSearcher(s => Search(s, request, node, translated, query, filters), new SearchResults());
            }
            finally
            {
                Interlocked.Decrement(ref _searchesRunning);
            }
            return Task.FromResult(results with { Elapsed = clock.Elapsed, Expansions = results.Error is null ? expansions : [] });
        }
        catch (QueryTranslationException e)
        {
            return Task.FromResult(SearchResults.Failed(e.Error));
        }
    }

    private static QueryError? Validate(SearchRequest request)
    {
        if (request.Query.Length > SearchRequest.MaxQueryLength)
            return new QueryError(QueryErrorCode.TooLong, SearchRequest.MaxQueryLength,
                $"the query is longer than {SearchRequest.MaxQueryLength} characters");
        if (request.PageSize is < 1 or > SearchRequest.MaxPageSize)
            return new QueryError(QueryErrorCode.InvalidPage, 0, $"a page holds 1 to {SearchRequest.MaxPageSize} results");
        if (request.Page < 1)
            return new QueryError(QueryErrorCode.InvalidPage, 0, "pages are numbered from 1");
        if (request.After is null && (long)request.Page * request.PageSize > MaxResultWindow)
            return new QueryError(QueryErrorCode.InvalidPage, 0,
                $"only the first {MaxResultWindow} results can be reached by page number; follow the next-page cursor beyond");
        return null;
    }

    private SearchResults Search(IndexSearcher searcher, SearchRequest request, QueryNode node, QueryNode translated, Query query,
        List<FacetFilter> filters)
    {
        FieldDoc? after = null;
        if (request.After is { } cursor)
        {
            after = SearchCursor.Decode(cursor, request.Sort);
            if (after is null)
                return SearchResults.Failed(new QueryError(QueryErrorCode.InvalidPage, 0, "the page cursor is not valid for this sort"));
        }

        var sort = SortOrders.For(request.Sort);
        var skip = after is null ? (request.Page - 1) * request.PageSize : 0;
        var facets = request.Facets.Where(FacetNames.IsKnown).Distinct().ToList();
        // One slice of the segments a thread, of about equal numbers of documents (compaction leaves as many). The
        // threads are shared among the searches running: a busy portal has every core at work already, and splitting
        // its searches as well cost a quarter to a third of its throughput (docs/benchmarks.md).
        var threads = Math.Max(1, _searchThreads / Volatile.Read(ref _searchesRunning));
        var slices = BalancedParts.Split([.. searcher.IndexReader.Leaves], l => l.AtomicReader.NumDocs, threads)
            .Select(leaves => (Leaves: leaves, Collector: new SliceCollector(sort, skip + request.PageSize, after,
                FacetFilters.From(request.Filters), facets)))
            .ToList();
        try
        {
            var weight = searcher.CreateNormalizedWeight(query);
            InParallel(slices.Count, i => slices[i].Collector.Search(weight, slices[i].Leaves));
            var total = slices.Sum(s => s.Collector.Total);
            var docs = TopDocs.Merge(sort, skip, request.PageSize, [.. slices.Select(s => s.Collector.TopDocs())]).ScoreDocs;

            var highlighter = request.Highlight && node is not MatchAllNode
                ? new SnippetHighlighter(translated, request.QueryLanguage, _analyzers)
                : null;
            var hits = docs.Select(d => Hit(searcher.Doc(d.Doc), d.Score, highlighter)).ToList();
            var last = docs.Length == request.PageSize && (after is not null || skip + docs.Length < total)
                ? (FieldDoc)docs[^1]
                : null;
            var counts = slices.Select(s => s.Collector.FacetCounts().ToList()).ToList();
            return new SearchResults
            {
                Total = total,
                Hits = hits,
                Facets = facets.Select((facet, f) => Facet(facet, Sum(counts.Select(c => c[f])), filters, request.FacetSize)).ToList(),
                NextCursor = last is null ? null : SearchCursor.Encode(request.Sort, last),
                DidYouMean = total < DidYouMeanBelow
                    ? SpellingCorrector.Suggest(searcher.IndexReader, request.Query, node, _analyzers)
                    : null,
            };
        }
        finally
        {
            foreach (var slice in slices) slice.Collector.Dispose();
        }
    }

    // The calling thread takes the first part; an exception is rethrown as it was thrown, not wrapped.
    private static void InParallel(int count, Action<int> part)
    {
        if (count == 1)
        {
            part(0);
            return;
        }
        try
        {
            Parallel.For(0, count, part);
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private static Dictionary<string, long> Sum(IEnumerable<IReadOnlyDictionary<string, long>> counts)
    {
        var sum = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var part in counts)
            foreach (var (value, count) in part) sum[value] = sum.GetValueOrDefault(value) + count;
        return sum;
    }

    private static FacetResult Facet(string facet, Dictionary<string, long> counts, List<FacetFilter> filters, int size)
    {
        var filter = filters.FirstOrDefault(f => f.Facet == facet);
        var selected = filter?.Values ?? [];
        var values = counts
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(size)
            .Select(c => new FacetValue(c.Key, c.Value, selected.Contains(c.Key)))
            .ToList();
        // A selected value stays visible (so it can be removed) even when it is not among the most frequent.
        foreach (var value in selected.Where(v => values.All(f => f.Value != v)))
            values.Add(new FacetValue(value, filter!.Count(value, counts), Selected: true)); // selected comes from a filter
        return new FacetResult(facet, values);
    }

    // The stored value is a slice of a buffer: its offset and length say where the document is.
    private static ResourceDocument StoredDocument(LuceneDocument stored)
    {
        var json = stored.GetBinaryValue(IndexFields.Document);
        return ResourceDocument.FromJson(Encoding.UTF8.GetString(json.Bytes, json.Offset, json.Length));
    }

    private static SearchHit Hit(LuceneDocument stored, float score, SnippetHighlighter? highlighter)
    {
        var document = StoredDocument(stored);
        return new SearchHit
        {
            Id = long.Parse(stored.Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
            Type = document.Type.ToSlug(),
            Titles = document.Titles,
            Year = document.Year,
            Authors = document.Contributors.Take(MaxAuthorsPerHit).Select(c => c.Name).ToList(),
            Snippet = highlighter?.Highlight(document),
            SourceRecordIds = stored.GetValues(IndexFields.SourceRecord, System.Globalization.CultureInfo.InvariantCulture),
            Score = float.IsNaN(score) ? 0 : score,
        };
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        prefix = prefix.Trim();
        if (prefix.Length == 0 || count <= 0) return Task.FromResult<IReadOnlyList<Suggestion>>([]);
        var suggestions = WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var values = Autocompleter.Values(reader, IndexFields.SubjectCompletion, prefix).Select(v => (v, Kind: "subject"))
                .Concat(Autocompleter.Values(reader, IndexFields.AuthorCompletion, prefix).Select(v => (v, Kind: "author")))
                .OrderByDescending(v => v.v.Frequency)
                .Take(count)
                .Select(v => new Suggestion(v.v.Text, v.Kind))
                .ToList();
            return values.Concat(TitleCompletions(searcher, prefix, count)).DistinctBy(s => s.Text).Take(count).ToList();
        }, new List<Suggestion>());
        return Task.FromResult<IReadOnlyList<Suggestion>>(suggestions);
    }

    // Titles containing every word typed, the last one as a prefix.
    private IEnumerable<Suggestion> TitleCompletions(IndexSearcher searcher, string prefix, int count)
    {
        var words = prefix.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('*')).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0) yield break;
        var clauses = words.Select((w, i) => new Queries.BooleanClause(Occurrence.Must,
            new TermNode(QueryFields.Title, w, IsPrefix: i == words.Length - 1))).ToList();
        Query query;
        try
        {
            query = _queries.Build(new BooleanNode(clauses));
        }
        catch (Exception e) when (e is QueryTranslationException or BooleanQuery.TooManyClausesException)
        {
            // Text that makes no title query (type:banana, or more words than a BooleanQuery takes) completes no title.
            yield break;
        }
        // The title in the language that matched, not necessarily the first.
        var typed = Completion.Key(words[^1]);
        foreach (var doc in searcher.Search(query, count).ScoreDocs)
        {
            var document = StoredDocument(searcher.Doc(doc.Doc));
            var title = document.Titles.FirstOrDefault(t => Completion.Key(t.Text).Contains(typed, StringComparison.Ordinal));
            if (title is not null) yield return new Suggestion(title.Text, "title");
        }
    }

    public Task<IReadOnlyList<SearchHit>> RelatedAsync(long resourceId, int count, CancellationToken cancellationToken)
    {
        var related = WithSearcher(searcher =>
        {
            var id = new Term(IndexFields.Id, resourceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var found = searcher.Search(new TermQuery(id), 1).ScoreDocs;
            if (found.Length == 0) return [];
            var stored = searcher.Doc(found[0].Doc);
            var document = StoredDocument(stored);
            var query = LikeQuery(searcher.IndexReader, document);
            if (query.Clauses.Count == 0) return [];
            query.Add(new TermQuery(id), Occur.MUST_NOT);
            return searcher.Search(query, count).ScoreDocs
                .Select(d => Hit(searcher.Doc(d.Doc), d.Score, highlighter: null))
                .ToList();
        }, new List<SearchHit>());
        return Task.FromResult<IReadOnlyList<SearchHit>>(related);
    }

    // "More like this" per language: the resource's own words, weighted by how rare they are, in each language's fields.
    private BooleanQuery LikeQuery(IndexReader reader, ResourceDocument document)
    {
        var like = new BooleanQuery();
        foreach (var (kind, texts) in new[]
                 {
                     (IndexFields.Title, document.Titles), (IndexFields.Keyword, document.Keywords),
                     (IndexFields.Abstract, document.Abstracts),
                 })
        {
            foreach (var text in texts)
            {
                var field = IndexFields.Text(kind, IndexFields.TextLanguage(text.Language));
                var mlt = new MoreLikeThis(reader)
                {
                    Analyzer = _analyzer,
                    FieldNames = [field],
                    MinTermFreq = 1,
                    MinDocFreq = 1,
                    MaxQueryTerms = 20,
                };
                using var textReader = new StringReader(text.Text);
                if (mlt.Like(textReader, field) is BooleanQuery q && q.Clauses.Count > 0) like.Add(q, Occur.SHOULD);
            }
        }
        return like;
    }
}
