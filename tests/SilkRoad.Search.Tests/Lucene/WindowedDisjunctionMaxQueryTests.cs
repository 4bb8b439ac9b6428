using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SilkRoad.Search.Lucene;

namespace SilkRoad.Search.Tests.Lucene;

/// <summary>The windowed dis-max must match and score exactly as Lucene's in-order dis-max does, over many windows of
/// 2,048 documents, nested in itself and in Boolean queries (whose scorers call it a window at a time).</summary>
public sealed class WindowedDisjunctionMaxQueryTests : IDisposable
{
    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public WindowedDisjunctionMaxQueryTests()
    {
        var random = new Random(11);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48));
        using (var writer = new IndexWriter(_directory, config))
        {
            // Three segments of uneven size; some documents have none of the fields, so windows have gaps.
            for (var doc = 0; doc < 9_000; doc++)
            {
                var document = new Document { new StringField("id", doc.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) };
                foreach (var field in new[] { "title", "body", "names" })
                {
                    if (random.Next(3) == 0) continue;
                    var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => Words[random.Next(Words.Length)]));
                    document.Add(new TextField(field, text, Field.Store.NO));
                }
                writer.AddDocument(document);
                if (doc is 2_500 or 7_000) writer.Commit();
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string> Shapes => ["fields", "nested", "in a boolean", "one part", "no part matches"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Scores_every_document_as_the_in_order_dis_max_does(string shape)
    {
        var windowed = Collect(Build(shape, tieBreaker => new WindowedDisjunctionMaxQuery(tieBreaker)), outOfOrder: true);
        var inOrder = Collect(Build(shape, tieBreaker => new DisjunctionMaxQuery(tieBreaker)), outOfOrder: false);

        Assert.Equal(inOrder.Keys.Order(), windowed.Keys.Order());
        foreach (var (doc, score) in inOrder)
            Assert.True(Math.Abs(windowed[doc] - score) <= 1e-5f * Math.Max(1f, score), $"doc {doc}: {windowed[doc]} against {score}");
        if (shape != "no part matches") Assert.True(inOrder.Count > 4_096, $"only {inOrder.Count} matches: too few windows to test");
    }

    [Fact]
    public void Top_hits_by_relevance_are_those_of_the_in_order_dis_max()
    {
        var searcher = Searcher();
        var windowed = searcher.Search(Build("nested", t => new WindowedDisjunctionMaxQuery(t)), 50);
        var inOrder = searcher.Search(Build("nested", t => new DisjunctionMaxQuery(t)), 50);

        Assert.Equal(inOrder.TotalHits, windowed.TotalHits);
        Assert.Equal(inOrder.ScoreDocs.Select(d => d.Score), windowed.ScoreDocs.Select(d => d.Score), (a, b) => Math.Abs(a - b) <= 1e-5f);
    }

    private static TermQuery Term(string field, string word) => new TermQuery(new Term(field, word));

    private static DisjunctionMaxQuery Build(string shape, Func<float, DisjunctionMaxQuery> disMax)
    {
        DisjunctionMaxQuery Fields(string word, float tieBreaker)
        {
            var query = disMax(tieBreaker);
            query.Add(new TermQuery(new Term("title", word)) { Boost = 2f });
            query.Add(Term("body", word));
            query.Add(new TermQuery(new Term("names", word)) { Boost = 0.5f });
            return query;
        }

        switch (shape)
        {
            case "fields":
                return Fields("alpha", 0.1f);
            case "nested":
                {
                    var outer = disMax(0f);
                    outer.Add(Fields("beta", 0.1f));
                    var translations = disMax(0.3f);
                    translations.Add(Fields("gamma", 0.1f));
                    translations.Add(Fields("delta", 0f));
                    translations.Boost = 0.6f;
                    outer.Add(translations);
                    return outer;
                }
            case "in a boolean":
                {
                    var outer = disMax(0f);
                    var words = new BooleanQuery { { Fields("epsilon", 0.1f), Occur.SHOULD }, { Fields("zeta", 0.1f), Occur.SHOULD } };
                    outer.Add(words);
                    outer.Add(new BooleanQuery { { Fields("eta", 0.1f), Occur.SHOULD }, { Term("body", "theta"), Occur.MUST_NOT } });
                    return outer;
                }
            case "one part":
                {
                    var outer = disMax(0f);
                    outer.Add(Fields("theta", 0.2f));
                    outer.Add(Term("body", "missing"));
                    return outer;
                }
            default:
                {
                    var outer = disMax(0.1f);
                    outer.Add(Term("title", "missing"));
                    outer.Add(Term("body", "absent"));
                    return outer;
                }
        }
    }

    private IndexSearcher Searcher() => new(_reader) { Similarity = new BM25Similarity() };

    private Dictionary<int, float> Collect(Query query, bool outOfOrder)
    {
        var collector = new AllScores(outOfOrder);
        Searcher().Search(query, collector);
        return collector.Scores;
    }

    private sealed class AllScores(bool outOfOrder) : ICollector
    {
        private Scorer? _scorer;
        private int _base;

        public Dictionary<int, float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => outOfOrder;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => Assert.True(Scores.TryAdd(_base + doc, _scorer!.GetScore()), $"doc {_base + doc} collected twice");
    }
}
