using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SilkRoad.Search.Lucene;

/// <summary>
/// A <see cref="DisjunctionMaxQuery"/> that, when the collector takes documents in any order, scores a window of 2,048
/// documents at a time: each part adds its matches of the window to a table (best score, sum, count), then the window's
/// documents are handed on. Lucene's <c>BooleanScorer</c> scores a disjunction of SHOULD clauses the same way; the
/// in-order <c>DisjunctionMaxScorer</c> keeps its parts in a priority queue instead and pays a heap update for every
/// matching part of every document, which was the largest cost of a translated query (its languages, translations and
/// fields are dis-max queries nested four deep). Same matches and the same scores: best plus the tie-breaker times the others.
/// </summary>
internal sealed class WindowedDisjunctionMaxQuery(float tieBreakerMultiplier) : DisjunctionMaxQuery(tieBreakerMultiplier)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new WindowedWeight(this, searcher);

    private sealed class WindowedWeight(WindowedDisjunctionMaxQuery query, IndexSearcher searcher)
        : DisjunctionMaxWeight(query, searcher)
    {
        public override bool ScoresDocsOutOfOrder => true;

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            if (scoreDocsInOrder) return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            var parts = new List<BulkScorer>(m_weights.Count);
            foreach (var weight in m_weights)
                if (weight.GetBulkScorer(context, scoreDocsInOrder: false, acceptDocs) is { } part) parts.Add(part);
            return parts.Count switch
            {
                0 => null,
                1 => parts[0], // the best of one is itself, and no other adds to it
                _ => new WindowedDisjunctionMaxScorer(this, query.TieBreakerMultiplier, parts),
            };
        }
    }
}

/// <summary>Scores a dis-max of parts a window at a time (see <see cref="WindowedDisjunctionMaxQuery"/>); hands on the
/// documents of a window in no particular order.</summary>
internal sealed class WindowedDisjunctionMaxScorer : BulkScorer
{
    private const int WindowSize = 1 << 11;
    private const int Mask = WindowSize - 1;
    private const int None = -1;

    private readonly float _tieBreaker;
    private readonly Part[] _parts;
    private readonly WindowScorer _scorer;

    // One slot per document of the window (doc & Mask): which document it holds, its best score, the sum of its
    // scores and how many parts matched it; the slots in use are chained through _next from _filled.
    private readonly int[] _docs = new int[WindowSize];
    private readonly float[] _best = new float[WindowSize];
    private readonly float[] _sum = new float[WindowSize];
    private readonly int[] _matches = new int[WindowSize];
    private readonly int[] _next = new int[WindowSize];
    private int _filled = None;
    private int _pending = None;
    private int _end;

    public WindowedDisjunctionMaxScorer(Weight weight, float tieBreaker, IReadOnlyList<BulkScorer> parts)
    {
        _tieBreaker = tieBreaker;
        _scorer = new WindowScorer(weight);
        Array.Fill(_docs, None);
        _parts = [.. parts.Select(p => new Part(p, new WindowCollector(this)))];
    }

    public override bool Score(ICollector collector, int max)
    {
        collector.SetScorer(_scorer);
        bool more;
        do
        {
            // Hand on the window's documents below max; those at or past it wait for the next call.
            var held = None;
            while (_pending != None)
            {
                var slot = _pending;
                _pending = _next[slot];
                var doc = _docs[slot];
                if (doc >= max)
                {
                    _next[slot] = held;
                    held = slot;
                    continue;
                }
                _scorer.Doc = doc;
                _scorer.Score = _best[slot] + (_sum[slot] - _best[slot]) * _tieBreaker;
                _scorer.Matches = _matches[slot];
                collector.Collect(doc);
            }
            if (held != None)
            {
                _pending = held;
                return true;
            }

            more = false;
            _end += WindowSize;
            _filled = None;
            foreach (var part in _parts)
            {
                if (!part.More) continue;
                part.More = part.Scorer.Score(part.Collector, _end);
                more |= part.More;
            }
            _pending = _filled;
        }
        while (_pending != None || more);
        return false;
    }

    private void Add(int doc, float score)
    {
        var slot = doc & Mask;
        if (_docs[slot] != doc)
        {
            _docs[slot] = doc;
            _best[slot] = score;
            _sum[slot] = score;
            _matches[slot] = 1;
            _next[slot] = _filled;
            _filled = slot;
            return;
        }
        if (score > _best[slot]) _best[slot] = score;
        _sum[slot] += score;
        _matches[slot]++;
    }

    private sealed class Part(BulkScorer scorer, ICollector collector)
    {
        public BulkScorer Scorer { get; } = scorer;

        public ICollector Collector { get; } = collector;

        public bool More { get; set; } = true;
    }

    // Takes one part's matches into the window's table.
    private sealed class WindowCollector(WindowedDisjunctionMaxScorer owner) : ICollector
    {
        private Scorer? _scorer;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => owner.Add(doc, _scorer!.GetScore()); // a bulk scorer sets its scorer before collecting
    }

    // The document being handed on and its score.
    private sealed class WindowScorer(Weight weight) : Scorer(weight)
    {
        public int Doc { get; set; } = None;

        public float Score { get; set; }

        public int Matches { get; set; }

        public override int DocID => Doc;

        public override float GetScore() => Score;

        public override int Freq => Matches;

        public override int NextDoc() => throw new NotSupportedException("a window's documents are handed on, not iterated");

        public override int Advance(int target) => throw new NotSupportedException("a window's documents are handed on, not iterated");

        public override long GetCost() => 1;
    }
}
