using System.Runtime.CompilerServices;
using JiebaNet.Segmenter;

namespace SilkRoad.Search.Analysis.Chinese;

/// <summary>
/// jieba.NET's accurate mode (dictionary paths, HMM for unknown words). Its search mode would also add the shorter
/// dictionary words inside a long one (<c>太阳</c> in <c>太阳能</c>) as extra tokens; accurate mode keeps one cut, as
/// SmartCn does, so the two can be compared on equal terms.
/// </summary>
internal sealed class JiebaWordSegmenter : IChineseWordSegmenter
{
    // jieba reads its dictionaries from ConfigManager.ConfigFileBaseDir, once per process, when JiebaSegmenter is
    // first touched; a missing folder fails its type initializer for good, so it is checked first and named.
    private static readonly Lazy<string> DictionaryFolder = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "jieba");
        if (!File.Exists(Path.Combine(folder, "dict.txt")))
            throw new FileNotFoundException(
                $"jieba.NET's dictionaries are not in {folder}; SilkRoad.Search.csproj copies them there on build.");
        ConfigManager.ConfigFileBaseDir = folder;
        return folder;
    });

    private readonly JiebaSegmenter _segmenter;

    public JiebaWordSegmenter()
    {
        _ = DictionaryFolder.Value;
        _segmenter = CreateSegmenter();
    }

    public void Segment(string run, List<(int Start, int End)> words)
    {
        foreach (var token in _segmenter.Tokenize(run, TokenizerMode.Default, hmm: true))
            words.Add((token.StartIndex, token.EndIndex));
    }

    // Kept out of line so that nothing initialises jieba's static dictionary before the folder is set.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JiebaSegmenter CreateSegmenter() => new();
}
