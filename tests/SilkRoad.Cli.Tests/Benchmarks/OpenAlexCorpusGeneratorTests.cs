using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Cli.Benchmarks;
using SilkRoad.Core.Identifiers;

namespace SilkRoad.Cli.Tests.Benchmarks;

public sealed class OpenAlexCorpusGeneratorTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    [Fact]
    public async Task WritesTheSameBytesForTheSameSeed()
    {
        var first = await GenerateAsync(records: 3_000, seed: 7);
        var second = await GenerateAsync(records: 3_000, seed: 7);

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public async Task WritesADifferentCorpusForAnotherSeed()
    {
        var first = await GenerateAsync(records: 100, seed: 7);
        var second = await GenerateAsync(records: 100, seed: 8);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task WritesTheStartOfALongerCorpusAsAShorterOne()
    {
        var shorter = await GenerateAsync(records: 500, seed: 7);
        var longer = await GenerateAsync(records: 1_000, seed: 7);

        Assert.Equal(shorter, longer[..shorter.Length]);
    }

    [Fact]
    public void WritesOneWorkPerLine()
    {
        Assert.Equal(GeneratedCorpus.Records, corpus.Bytes.Count(b => b == (byte)'\n'));
        Assert.Equal((byte)'\n', corpus.Bytes[^1]);
    }

    [Fact]
    public void TheOpenAlexReaderReadsEveryGeneratedLine()
    {
        Assert.Empty(corpus.Errors);
        Assert.Equal(GeneratedCorpus.Records, corpus.Works.Count);
    }

    [Fact]
    public void GivesEveryWorkItsOwnOpenAlexId()
    {
        Assert.Equal(GeneratedCorpus.Records, corpus.Works.Select(w => w.SourceRecordId).Distinct().Count());
    }

    [Theory]
    [InlineData("en", 0.62, 0.015)]
    [InlineData("zh", 0.20, 0.012)]
    [InlineData("ru", 0.06, 0.008)]
    [InlineData("es", 0.05, 0.007)]
    [InlineData("fr", 0.04, 0.006)]
    [InlineData("ar", 0.03, 0.005)]
    public void WritesEachLanguageInItsShare(string language, double share, double tolerance)
    {
        var actual = corpus.Works.Count(w => w.Language == language) / (double)corpus.Works.Count;

        Assert.InRange(actual, share - tolerance, share + tolerance);
    }

    [Fact]
    public void RepeatsTheDoiOfAnEarlierWorkInAboutOnePercent()
    {
        var seen = new HashSet<string>();
        var repeats = corpus.Works.Count(w => Doi(w) is { } doi && !seen.Add(doi));

        Assert.InRange(repeats / (double)corpus.Works.Count, 0.007, 0.013);
    }

    [Fact]
    public void RepeatsTitleYearAndFirstAuthorWithoutADoiInAboutOnePercent()
    {
        var seen = new HashSet<(string, int?, string)>();
        var repeats = 0;
        foreach (var work in corpus.Works)
        {
            var key = (work.Titles[0].Text, work.Year, work.Contributors[0].Name);
            if (!seen.Add(key) && Doi(work) is null) repeats++;
        }

        Assert.InRange(repeats / (double)corpus.Works.Count, 0.007, 0.013);
    }

    [Fact]
    public void WritesTitlesOfSixToTwentyWords()
    {
        var spaced = corpus.Works.Where(w => w.Language != "zh").Select(w => w.Titles[0].Text.Split(' ').Length).ToList();

        Assert.InRange(spaced.Min(), 6, 20);
        Assert.InRange(spaced.Max(), 6, 20);
    }

    [Fact]
    public void WritesAbstractsOfEightyToTwoHundredFiftyWords()
    {
        var lengths = corpus.Works.Where(w => w.Language != "zh" && w.Abstracts.Count > 0)
            .Select(w => w.Abstracts[0].Text.Split(' ').Length).ToList();

        Assert.InRange(lengths.Min(), 80, 250);
        Assert.InRange(lengths.Max(), 80, 250);
    }

    [Fact]
    public void WritesChineseWithoutSpacesBetweenWords()
    {
        var chinese = corpus.Works.First(w => w.Language == "zh");

        Assert.DoesNotContain(' ', chinese.Titles[0].Text);
        Assert.EndsWith("。", chinese.Abstracts.FirstOrDefault()?.Text ?? "。", StringComparison.Ordinal);
    }

    [Fact]
    public void GivesEachWorkOneToEightAuthorsWithCountries()
    {
        Assert.All(corpus.Works, w => Assert.InRange(w.Contributors.Count, 1, 8));
        Assert.True(corpus.Works.Count(w => w.Countries.Count > 0) > 0.9 * corpus.Works.Count);
    }

    [Fact]
    public void WritesArabicAndRussianAsUtf8RatherThanEscapes()
    {
        var text = Encoding.UTF8.GetString(corpus.Bytes);

        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains(corpus.Works, w => w.Language == "ar" && w.Titles[0].Text.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Contains(corpus.Works, w => w.Language == "ru" && w.Titles[0].Text.Any(c => c is >= '\u0400' and <= '\u04FF'));
    }

    [Fact]
    public async Task WritesInChunksRatherThanHoldingTheCorpus()
    {
        var output = new WriteRecordingStream();

        await OpenAlexCorpusGenerator.WriteAsync(output, 2_000, seed: 7, CancellationToken.None);

        Assert.True(output.Writes > 1);
        Assert.InRange(output.LargestWrite, 1, 2 * 1024 * 1024);
    }

    [Fact]
    public async Task CompressesAFileNamedGz()
    {
        var path = Path.Combine(Path.GetTempPath(), $"silkroad-corpus-{Guid.NewGuid():N}.jsonl.gz");
        try
        {
            await OpenAlexCorpusGenerator.WriteFileAsync(path, 300, seed: 7, progress: null, CancellationToken.None);

            await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var decompressed = new MemoryStream();
            await gzip.CopyToAsync(decompressed);
            Assert.Equal(await GenerateAsync(records: 300, seed: 7), decompressed.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReportsProgressUpToTheLastWork()
    {
        var reported = new List<long>();

        await OpenAlexCorpusGenerator.WriteAsync(Stream.Null, 1_000, seed: 7, new InlineProgress(reported.Add), CancellationToken.None);

        Assert.Equal(1_000, reported[^1]);
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => OpenAlexCorpusGenerator.WriteAsync(new MemoryStream(), 10_000, seed: 7, cancellation.Token));
    }

    private static string? Doi(ResourceRecord work) =>
        work.Identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.Doi)?.Value;

    private static async Task<byte[]> GenerateAsync(int records, int seed)
    {
        using var output = new MemoryStream();
        await OpenAlexCorpusGenerator.WriteAsync(output, records, seed, CancellationToken.None);
        return output.ToArray();
    }

    // Progress<T> posts to the thread pool; this one reports on the writer's thread, so the test sees every report.
    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private sealed class WriteRecordingStream : MemoryStream
    {
        public int Writes { get; private set; }
        public int LargestWrite { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            return ValueTask.CompletedTask;
        }
    }
}
