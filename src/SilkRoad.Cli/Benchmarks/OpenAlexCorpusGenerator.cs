using System.Buffers;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// Writes a synthetic corpus of engineering works as OpenAlex snapshot JSON Lines, for import benchmarks and load
/// tests: six languages in the shares engineering literature has in OpenAlex (en 62 %, zh 20 %, ru 6 %, es 5 %, fr 4 %,
/// ar 3 %), titles of 6–20 words, abstracts of 80–250 words as inverted indexes, 1–8 authors with institutions and
/// countries, topics and keywords. About 2 % of works are duplicates of an earlier one under a new W-id: 1 % share its
/// DOI, 1 % have no DOI but its title, year and first author.
/// </summary>
/// <remarks>
/// The same seed gives byte-identical output: the random numbers come from our own generator, not the runtime's, and
/// nothing depends on the machine or culture. A shorter corpus is the start of a longer one with the same seed. Works
/// are generated one at a time and written in 1 MiB chunks, so memory does not grow with the corpus.
/// </remarks>
public static class OpenAlexCorpusGenerator
{
    private const int ChunkBytes = 1 << 20;

    // Relaxed escaping writes Chinese, Arabic and Cyrillic as UTF-8, as the snapshot does, rather than as \uXXXX.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Writes <paramref name="records"/> works, one JSON object per line.</summary>
    public static Task WriteAsync(Stream output, int records, int seed, CancellationToken cancellationToken) =>
        WriteAsync(output, records, seed, progress: null, cancellationToken);

    /// <param name="output">Where the lines go; it is flushed, not closed.</param>
    /// <param name="records">How many works, duplicates included.</param>
    /// <param name="seed">Chooses the corpus: the same seed, the same bytes.</param>
    /// <param name="progress">Told the number of works written after each chunk and at the end.</param>
    /// <param name="cancellationToken">Stops between chunks.</param>
    public static async Task WriteAsync(Stream output, int records, int seed, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes + 256 * 1024);
        var works = new CorpusWorkWriter(seed);
        await using var json = new Utf8JsonWriter(buffer, WriterOptions);
        for (var i = 0; i < records; i++)
        {
            works.Write(json, i);
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount < ChunkBytes) continue;
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
            buffer.ResetWrittenCount();
            progress?.Report(i + 1);
        }
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await output.FlushAsync(cancellationToken);
        progress?.Report(records);
    }

    /// <summary>
    /// Writes the corpus to <paramref name="path"/>, replacing it; a name ending in <c>.gz</c> is gzip-compressed (at
    /// the fastest level: compression, not generation, then sets the pace).
    /// </summary>
    public static async Task WriteFileAsync(string path, int records, int seed, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(file, records, seed, progress, cancellationToken);
            return;
        }
        await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        await WriteAsync(gzip, records, seed, progress, cancellationToken);
    }
}
