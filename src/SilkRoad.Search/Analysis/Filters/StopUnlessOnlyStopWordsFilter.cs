using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SilkRoad.Search.Analysis.Filters;

/// <summary>
/// Removes stop words, unless the whole value is two or more words that are all stop words: then it keeps them, so
/// that a title or phrase such as <c>"to be or not to be"</c> still has terms to match. A single stop word is removed
/// as by Lucene's <c>StopFilter</c>, so a query analysed word by word behaves as with a plain stop filter. Removed
/// words leave their position gap, as <c>StopFilter</c> does, so phrases keep their shape.
/// </summary>
/// <remarks>Only the leading run of stop words is buffered: once a content word is seen, the filter streams.</remarks>
internal sealed class StopUnlessOnlyStopWordsFilter : TokenFilter
{
    private readonly CharArraySet _stopWords;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly List<State> _leadingStopWords = [];
    private int _leadingGap;
    private int _skippedPositions;
    private bool _seenContentWord;
    private int _replayed = -1;

    public StopUnlessOnlyStopWordsFilter(TokenStream input, CharArraySet stopWords) : base(input)
    {
        _stopWords = stopWords;
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_replayed >= 0) return Replay();

        _skippedPositions = 0;
        while (m_input.IncrementToken())
        {
            if (!IsStopWord())
            {
                // The first content word carries the positions of the stop words buffered before it.
                _positionIncrement.PositionIncrement += _skippedPositions + _leadingGap;
                _leadingStopWords.Clear();
                _leadingGap = 0;
                _seenContentWord = true;
                return true;
            }
            if (_seenContentWord)
            {
                _skippedPositions += _positionIncrement.PositionIncrement;
            }
            else
            {
                _leadingGap += _positionIncrement.PositionIncrement;
                _leadingStopWords.Add(CaptureState());
            }
        }

        if (_seenContentWord || _leadingStopWords.Count < 2) return false;
        _replayed = 0;
        return Replay();
    }

    // As Lucene's FilteringTokenFilter: trailing stop words still count in the gap before the next value of the field.
    public override void End()
    {
        base.End();
        var removedLeadingWords = !_seenContentWord && _replayed < 0;
        _positionIncrement.PositionIncrement += _skippedPositions + (removedLeadingWords ? _leadingGap : 0);
    }

    public override void Reset()
    {
        base.Reset();
        _leadingStopWords.Clear();
        _leadingGap = 0;
        _skippedPositions = 0;
        _seenContentWord = false;
        _replayed = -1;
    }

    private bool IsStopWord() => _stopWords.Contains(_term.Buffer, 0, _term.Length);

    private bool Replay()
    {
        if (_replayed == _leadingStopWords.Count) return false;
        RestoreState(_leadingStopWords[_replayed++]);
        return true;
    }
}
