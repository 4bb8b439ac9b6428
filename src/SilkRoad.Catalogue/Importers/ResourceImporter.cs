using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Deduplication;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Importers;

/// <summary>
/// Imports records into the store: reads (one thread), tags languages and computes keys, then writes in batches
/// (another thread), each batch one transaction with its checkpoint. Memory stays flat: at most three batches are in
/// flight (one being read, one queued, one being written) whatever the input's size. Importing the same input again
/// changes nothing; an interrupted import resumes after its last committed batch.
/// </summary>
public sealed partial class ResourceImporter(
    SilkRoadDbContextFactory contexts,
    RecordFormats formats,
    LanguageTagger tagger,
    IOptions<ImportOptions> options,
    ILogger<ResourceImporter> logger)
{
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);

    /// <summary>Imports one file (plain or gzip).</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">A format name, or null to infer it from the file.</param>
    /// <param name="onError">Told of each rejected record as it happens.</param>
    /// <param name="progress">Told after each batch.</param>
    /// <param name="cancellationToken">Stops between records; what was committed stays, and a re-run resumes.</param>
    /// <param name="dryRun">Read, check and prepare every record, store nothing: validates a file, and is the
    /// baseline the import benchmark compares the store against.</param>
    public async Task<ImportSummary> ImportFileAsync(string path, string? format, Action<ImportError>? onError,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken, bool dryRun = false)
    {
        await using var input = await ImportInput.OpenAsync(path, cancellationToken);
        var formatName = format ?? RecordFormats.Infer(input.FileName, input.Head)
            ?? throw new ImportFormatException(
                $"{input.FileName}: cannot tell the format from its name or content; give --format ({string.Join('|', formats.Names)}).");
        var reader = formats.Get(formatName);
        var records = reader.ReadAsync(input.Content, input.FileName, cancellationToken);
        return await ImportAsync(records, $"{formatName}|{input.Key}", input.FileName, onError,
            progress is null ? null : new Progress<long>(n => progress.Report(new ImportProgress(input.FileName, n, input.Fraction))),
            cancellationToken, dryRun);
    }

    /// <summary>Imports records from any source (a harvest page, a test). With an <paramref name="inputKey"/> the import resumes.</summary>
    public async Task<ImportSummary> ImportAsync(IAsyncEnumerable<ParseResult> records, string? inputKey, string inputName,
        Action<ImportError>? onError, IProgress<long>? progress, CancellationToken cancellationToken, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(records);
        var summary = new ImportSummary { DryRun = dryRun };
        await using var writer = dryRun ? null : await ResourceBatchWriter.OpenAsync(contexts, cancellationToken);
        var (resumeAfter, rejectedBefore) = inputKey is null || writer is null ? (0, 0) : await writer.ReadCheckpointAsync(inputKey, cancellationToken);
        summary.Resumed = resumeAfter;
        // Rejections before the checkpoint were reported by the interrupted run; they still count, so the exit code tells.
        summary.Rejected = rejectedBefore;
        if (resumeAfter > 0) ImportResuming(logger, inputName, resumeAfter);

        var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(records, resumeAfter, inputName, batches.Writer, stop.Token), stop.Token);
        try
        {
            long committed = 0;
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                summary.Read += batch.Records.Count + batch.Errors.Count;
                foreach (var error in batch.Errors)
                {
                    summary.Reject(error);
                    RecordRejected(logger, error.File, error.Position, error.Reason);
                    onError?.Invoke(error);
                }
                if (writer is null) summary.Checked += batch.Records.Count;
                else await writer.WriteAsync(batch.Records, inputKey, batch.LastOrdinal, summary, stop.Token);
                committed += batch.Records.Count + batch.Errors.Count;
                progress?.Report(committed);
            }
            await producer;
        }
        catch
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // The producer stops because we stopped it; the first failure is the one to report.
            }
            throw;
        }
        if (inputKey is not null && writer is not null) await writer.ClearCheckpointAsync(inputKey, cancellationToken);
        return summary;
    }

    private async Task ProduceAsync(IAsyncEnumerable<ParseResult> records, long resumeAfter, string inputName,
        ChannelWriter<Batch> output, CancellationToken cancellationToken)
    {
        var batch = new Batch();
        long ordinal = 0;
        try
        {
            await foreach (var result in ReadGuardedAsync(records, inputName, cancellationToken))
            {
                if (++ordinal <= resumeAfter) continue;
                if (result.Error is { } error)
                {
                    batch.Errors.Add(error);
                }
                else if (result.Record is { } record)
                {
                    if (TextSanitizer.Clean(record.SourceRecordId) != record.SourceRecordId)
                    {
                        batch.Errors.Add(new ImportError(inputName, ordinal,
                            $"record id '{TextSanitizer.Clean(record.SourceRecordId)}' contains control characters", "record"));
                    }
                    else
                    {
                        TextSanitizer.Clean(record);
                        tagger.Tag(record);
                        batch.Records.Add(PreparedRecord.From(record));
                    }
                }
                batch.LastOrdinal = ordinal;
                if (batch.Records.Count + batch.Errors.Count >= _batchSize)
                {
                    await output.WriteAsync(batch, cancellationToken);
                    batch = new Batch();
                }
            }
            if (batch.Records.Count + batch.Errors.Count > 0) await output.WriteAsync(batch, cancellationToken);
            output.Complete();
        }
        catch (Exception exception)
        {
            output.Complete(exception);
            throw;
        }
    }

    // A reader reports bad records itself; a stream that breaks (a truncated gzip, a disk error) ends the input with
    // one error at the point reached, and what came before is still imported.
    private static async IAsyncEnumerable<ParseResult> ReadGuardedAsync(IAsyncEnumerable<ParseResult> records, string inputName,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var enumerator = records.GetAsyncEnumerator(cancellationToken);
        long count = 0;
        while (true)
        {
            ImportError? broken = null;
            try
            {
                if (!await enumerator.MoveNextAsync()) yield break;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                broken = new ImportError(inputName, count + 1,
                    $"the input ends unreadably after {count:N0} records: {exception.Message}", "record");
            }
            if (broken is not null)
            {
                yield return ParseResult.Fail(broken);
                yield break;
            }
            count++;
            yield return enumerator.Current;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected record at {File}:{Position}: {Reason}")]
    private static partial void RecordRejected(ILogger logger, string file, long position, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Input} after {Records} committed records")]
    private static partial void ImportResuming(ILogger logger, string input, long records);

    private sealed class Batch
    {
        public List<PreparedRecord> Records { get; } = [];
        public List<ImportError> Errors { get; } = [];
        public long LastOrdinal { get; set; }
    }
}
