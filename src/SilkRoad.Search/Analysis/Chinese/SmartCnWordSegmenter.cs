using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace SilkRoad.Search.Analysis.Chinese;

/// <summary>SmartCn's segmenter without its tokenizer: SmartCn would itself split <c>5G</c> into <c>5</c> and
/// <c>g</c>, so it is only given the Han runs. Its dictionaries are static and load once.</summary>
internal sealed class SmartCnWordSegmenter : IChineseWordSegmenter
{
    private readonly HHMMSegmenter _segmenter = new();

    public void Segment(string run, List<(int Start, int End)> words)
    {
        foreach (var token in _segmenter.Process(run))
        {
            if (token.WordType is WordType.SENTENCE_BEGIN or WordType.SENTENCE_END) continue;
            words.Add((token.StartOffset, token.EndOffset));
        }
    }
}
