using System.Runtime.CompilerServices;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// Reads an OAI-PMH ListRecords or GetRecord response carrying simple Dublin Core (oai_dc): one result per
/// <c>&lt;record&gt;</c>, a deleted header as a <see cref="Resources.ResourceRecord.Deleted"/> record, an OAI-PMH
/// <c>&lt;error&gt;</c> document (but noRecordsMatch, an empty list) or broken XML as one error.
/// </summary>
public sealed class OaiDcReader : IRecordReader
{
    private readonly string? _source;

    /// <summary>A reader for saved responses: records get the source <c>oai-dc:{fileName}</c>.</summary>
    public OaiDcReader()
    {
    }

    /// <param name="source">
    /// The provenance source of every record, for responses from a known repository: <c>oai:</c> and the base URL's
    /// host and path (see <see cref="OaiPmhHarvestRequest.SourceName"/>).
    /// </param>
    public OaiDcReader(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        _source = source;
    }

    public string Format => "oai-dc";

    public async IAsyncEnumerable<ParseResult> ReadAsync(Stream input, string fileName,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = _source ?? "oai-dc:" + fileName;
        using var response = new OaiPmhResponseReader(input);
        while (await response.NextRecordAsync(cancellationToken) is { } record)
            yield return OaiDcRecordMapper.Map(record.Element, record.Line, fileName, source);

        if (response.Failure is { } failure)
        {
            yield return ParseResult.Fail(new ImportError(fileName, failure.Line, failure.Reason));
        }
        else if (response.Errors.Any(e => e.Code != OaiPmhException.NoRecordsMatchCode))
        {
            // noRecordsMatch is an empty list, not a failure (OAI-PMH 2.0 §3.6), as it is for the harvester.
            var error = response.Errors[0];
            yield return ParseResult.Fail(new ImportError(fileName, error.Line, OaiPmhException.Describe(response.Errors)));
        }
    }
}
