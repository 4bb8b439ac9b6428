namespace SilkRoad.Search.Analysis.Chinese;

/// <summary>Cuts a run of Han characters (no spaces, punctuation, Latin or digits) into words.</summary>
internal interface IChineseWordSegmenter
{
    /// <summary>Adds each word of <paramref name="run"/> as a start and end offset into it, in order.</summary>
    void Segment(string run, List<(int Start, int End)> words);
}
