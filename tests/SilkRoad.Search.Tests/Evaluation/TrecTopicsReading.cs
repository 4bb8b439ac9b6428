using System.Text;
using SilkRoad.Search.Evaluation;

namespace SilkRoad.Search.Tests.Evaluation;

public sealed class TrecTopicsReading
{
    [Fact]
    public async Task ReadsIdAndTextSplitAtTheFirstTab()
    {
        var topics = await TrecFiles.TopicsAsync("zh-01\t光伏 逆变器\nar-02\tتحلية المياه\tبالطاقة الشمسية\n");

        Assert.Equal([new TrecTopic("zh-01", "光伏 逆变器"), new TrecTopic("ar-02", "تحلية المياه\tبالطاقة الشمسية")], topics.Topics);
        Assert.Empty(topics.Errors);
    }

    [Fact]
    public async Task SkipsBlankLinesAndCommentsWithoutCountingThemAsErrors()
    {
        var topics = await TrecFiles.TopicsAsync("# queries in French\n\n   \nfr-01\tbéton armé\n  # indented comment\n");

        Assert.Equal("fr-01", Assert.Single(topics.Topics).Id);
        Assert.Empty(topics.Errors);
    }

    [Fact]
    public async Task ReportsEachMalformedLineWithItsNumberAndReadsTheRest()
    {
        var topics = await TrecFiles.TopicsAsync(string.Join('\n',
            "en-01\tsolar panels",          // 1
            "en-02 wind turbines",          // 2: spaces, no tab
            "\tno id",                      // 3
            "en-04\t   ",                   // 4
            "en 05\tgrid storage",          // 5
            "en-01\tagain",                 // 6
            "en-07\tpumped hydro"));        // 7

        Assert.Equal(["en-01", "en-07"], topics.Topics.Select(t => t.Id));
        Assert.Equal([2L, 3, 4, 5, 6], topics.Errors.Select(e => e.Line));
        Assert.Contains("no tab", topics.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("no query id", topics.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("has no text", topics.Errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("contains a space", topics.Errors[3].Reason, StringComparison.Ordinal);
        Assert.Contains("already used on line 1", topics.Errors[4].Reason, StringComparison.Ordinal);
        Assert.Equal("topics.tsv:line 2: no tab between the query id and the query text", topics.Errors[0].ToString());
    }

    [Fact]
    public async Task ReadsAUtf8FileWithAByteOrderMark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(path, "ru-01\tэнергосбережение в зданиях\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var topics = await TrecTopics.ReadFileAsync(path, CancellationToken.None);

            Assert.Equal(new TrecTopic("ru-01", "энергосбережение в зданиях"), Assert.Single(topics.Topics));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
