namespace SilkRoad.Search.Tests.Evaluation;

public sealed class TrecQrelsReading
{
    [Fact]
    public async Task ReadsGradedJudgementsSeparatedBySpacesOrTabs()
    {
        var qrels = await TrecFiles.QrelsAsync("q1 0 d1 2\nq1\t0\td2\t0\nq2 0  d1   1\n");

        Assert.Equal(["q1", "q2"], qrels.QueryIds);
        Assert.Equal(2, qrels.JudgementsFor("q1")["d1"]);
        Assert.Equal(0, qrels.JudgementsFor("q1")["d2"]);
        Assert.Equal(1, qrels.JudgementsFor("q2")["d1"]);
        Assert.Empty(qrels.JudgementsFor("q3"));
        Assert.Empty(qrels.Errors);
    }

    [Fact]
    public async Task ReportsMalformedLinesAndKeepsTheFirstOfTwoJudgementsOfOneDocument()
    {
        var qrels = await TrecFiles.QrelsAsync(string.Join('\n',
            "q1 0 d1 2",        // 1
            "q1 0 d2",          // 2: three fields
            "q1 0 d3 high",     // 3
            "q1 0 d1 0",        // 4: d1 judged again
            "q1 0 d4 1 extra",  // 5
            "q1 0 d5 1"));      // 6

        Assert.Equal(new Dictionary<string, int> { ["d1"] = 2, ["d5"] = 1 }, qrels.JudgementsFor("q1"));
        Assert.Equal([2L, 3, 4, 5], qrels.Errors.Select(e => e.Line));
        Assert.Contains("3 fields", qrels.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("'high' is not a whole number", qrels.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("judged again", qrels.Errors[2].Reason, StringComparison.Ordinal);
    }
}
