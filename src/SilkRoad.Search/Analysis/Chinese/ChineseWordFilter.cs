using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace SilkRoad.Search.Analysis.Chinese;

/// <summary>
/// Joins the single Han characters that <see cref="StandardTokenizer"/> emits back into runs (characters with no gap
/// between them) and replaces each run by the words a segmenter cuts it into. Everything else passes untouched, so
/// Latin words and numbers inside Chinese text (<c>LiDAR</c>, <c>5G</c>, <c>2020</c>) stay whole, which neither
/// SmartCn's tokenizer nor jieba guarantee on their own, and punctuation never reaches the segmenter.
/// </summary>
internal sealed class ChineseWordFilter : TokenFilter
{
    public const string WordType = "<CHINESE_WORD>";
    private static readonly string Ideographic = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

    private readonly IChineseWordSegmenter _segmenter;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly System.Text.StringBuilder _run = new();
    private readonly List<(int Start, int End)> _words = [];
    private int _nextWord;
    private int _runStart;
    private State? _runState;
    private State? _lookahead;
    private bool _exhausted;

    public ChineseWordFilter(TokenStream input, IChineseWordSegmenter segmenter) : base(input)
    {
        _segmenter = segmenter;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_nextWord < _words.Count) return EmitWord();
        if (!NextInputToken()) return false;
        if (!IsSegmentable()) return true;

        CollectRun();
        _segmenter.Segment(_run.ToString(), _words);
        // Guards against a segmenter's slip: an empty or out-of-range word is dropped, and a run must not vanish.
        _words.RemoveAll(word => word.Start < 0 || word.End <= word.Start || word.End > _run.Length);
        if (_words.Count == 0) _words.Add((0, _run.Length));
        return EmitWord();
    }

    public override void Reset()
    {
        base.Reset();
        _words.Clear();
        _nextWord = 0;
        _runState = null;
        _lookahead = null;
        _exhausted = false;
    }

    // Both segmenters count UTF-16 units and would cut a supplementary character (CJK extension B and later: rare
    // characters, mostly in names) in half, so such a character stays a word of its own.
    private bool IsSegmentable() => _type.Type == Ideographic && _term.Length == 1;

    private bool NextInputToken()
    {
        if (_lookahead is not null)
        {
            RestoreState(_lookahead);
            _lookahead = null;
            return true;
        }
        if (_exhausted || !m_input.IncrementToken())
        {
            _exhausted = true;
            return false;
        }
        return true;
    }

    private void CollectRun()
    {
        _words.Clear();
        _nextWord = 0;
        _run.Clear().Append(_term.Buffer, 0, _term.Length);
        _runStart = _offset.StartOffset;
        _runState = CaptureState();
        var runEnd = _offset.EndOffset;
        while (m_input.IncrementToken())
        {
            if (IsSegmentable() && _offset.StartOffset == runEnd && _positionIncrement.PositionIncrement == 1)
            {
                _run.Append(_term.Buffer, 0, _term.Length);
                runEnd = _offset.EndOffset;
                continue;
            }
            _lookahead = CaptureState();
            return;
        }
        _exhausted = true;
    }

    private bool EmitWord()
    {
        var first = _nextWord == 0;
        var (start, end) = _words[_nextWord++];
        // The first word keeps the run's first character's attributes, position increment included.
        RestoreState(_runState);
        if (!first) _positionIncrement.PositionIncrement = 1;
        _term.SetEmpty();
        for (var i = start; i < end; i++) _term.Append(_run[i]);
        _offset.SetOffset(_runStart + start, _runStart + end);
        _type.Type = WordType;
        return true;
    }
}
