using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Tests.Analysis;

public sealed class ChineseAnalyzerTests
{
    [Theory]
    [InlineData("Chinese: 太阳能电池 is segmented into 太阳能 / 电池", "太阳能电池", "太阳能 电池")]
    [InlineData("a dictionary word stays whole however long", "中华人民共和国", "中华人民共和国")]
    [InlineData("Latin words in Chinese text are kept whole and lower-cased", "我们使用LiDAR和5G技术", "我们 使用 lidar 和 5g 技术")]
    [InlineData("an acronym glued to Chinese is a word of its own", "PV组件", "pv 组件")]
    [InlineData("width: full-width Latin becomes ASCII", "ＡＢＣ", "abc")]
    [InlineData("width: full-width digits become ASCII", "２０２０年", "2020 年")]
    [InlineData("punctuation separates runs and is dropped", "锂离子电池，能量密度。", "锂 离子 电池 能量 密度")]
    [InlineData("accents of Latin words are folded", "Café 咖啡", "cafe 咖啡")]
    [InlineData("a character outside the BMP is not cut in half", "𠀀𠀁", "𠀀 𠀁")]
    [InlineData("SmartCn does not know 光伏 (photovoltaic) and cuts it into characters", "光伏发电", "光 伏 发电")]
    public void SmartCn(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("zh"), text));
    }

    [Theory]
    [InlineData("Chinese: 太阳能电池 is segmented into 太阳能 / 电池", "太阳能电池", "太阳能 电池")]
    [InlineData("jieba knows 光伏 (photovoltaic)", "光伏发电系统的效率", "光伏 发电 系统 的 效率")]
    [InlineData("jieba keeps 锂离子 (lithium-ion) whole", "锂离子电池，能量密度。", "锂离子 电池 能量 密度")]
    [InlineData("Latin words in Chinese text are kept whole and lower-cased", "我们使用LiDAR和5G技术", "我们 使用 lidar 和 5g 技术")]
    [InlineData("width: full-width Latin becomes ASCII", "ＡＢＣ全角", "abc 全角")]
    [InlineData("a character outside the BMP is not cut in half", "𠀀𠀁", "𠀀 𠀁")]
    public void Jieba(string fact, string text, string expected)
    {
        _ = fact;
        Assert.Equal(expected, Tokens.Of(LanguageAnalyzers.For("zh", ChineseSegmenter.Jieba), text));
    }

    [Theory]
    [InlineData(ChineseSegmenter.SmartCn)]
    [InlineData(ChineseSegmenter.Jieba)]
    public void Words_carry_their_positions_and_offsets_in_the_original_text(ChineseSegmenter segmenter)
    {
        var tokens = Tokens.Read(LanguageAnalyzers.For("zh", segmenter), "用LiDAR，太阳能电池");

        Assert.Equal([("用", 0, 0, 1), ("lidar", 1, 1, 6), ("太阳能", 2, 7, 10), ("电池", 3, 10, 12)], tokens);
    }

    [Fact]
    public void Segmenters_give_the_same_words_when_used_from_many_threads_at_once()
    {
        const string text = "锂离子电池的能量密度和光伏发电系统的效率，以及LiDAR传感器。";
        var smartCn = LanguageAnalyzers.For("zh", ChineseSegmenter.SmartCn);
        var jieba = LanguageAnalyzers.For("zh", ChineseSegmenter.Jieba);
        var expected = (Tokens.Of(smartCn, text), Tokens.Of(jieba, text));

        var results = new (string, string)[64];
        Parallel.For(0, results.Length, i => results[i] = (Tokens.Of(smartCn, text), Tokens.Of(jieba, text)));

        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
