using System.Globalization;
using SilkRoad.Search.Evaluation;

namespace SilkRoad.Search.Tests.Evaluation;

public sealed class TrecRunWriting
{
    [Fact]
    public async Task WritesSixSpaceSeparatedFieldsWithAnInvariantScoreWhateverTheCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

            await new TrecRunWriter(output).WriteAllAsync([
                new TrecRunLine("zh-01", "zh-017", 1, 12.5, "silkroad"),
                new TrecRunLine("zh-01", "zh-003", 2, 0.1, "silkroad"),
                new TrecRunLine("zh-01", "4711", 3, 1234567.25, "silkroad"),
            ], CancellationToken.None);

            Assert.Equal(
                "zh-01 Q0 zh-017 1 12.5 silkroad\nzh-01 Q0 zh-003 2 0.1 silkroad\nzh-01 Q0 4711 3 1234567.25 silkroad\n",
                output.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task WhatItWritesReadsBackInTheSameOrder()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var scores = new[] { 9.87654321, 9.87654320, 1e-7, 0.0 };
        await new TrecRunWriter(output).WriteAllAsync(
            scores.Select((score, i) => new TrecRunLine("q", $"d{i}", i + 1, score, "t")), CancellationToken.None);

        var run = await TrecFiles.RunAsync(output.ToString());

        Assert.Equal(["d0", "d1", "d2", "d3"], run.RankingFor("q"));
        Assert.Empty(run.Errors);
    }

    [Theory]
    [InlineData("q 1", "d", "t")]
    [InlineData("q", "doc 7", "t")]
    [InlineData("q", "d", "")]
    public async Task RefusesAFieldThatWouldShiftTheColumns(string queryId, string docId, string tag)
    {
        var writer = new TrecRunWriter(new StringWriter(CultureInfo.InvariantCulture));

        await Assert.ThrowsAsync<FormatException>(() =>
            writer.WriteAsync(new TrecRunLine(queryId, docId, 1, 1, tag), CancellationToken.None));
    }
}
