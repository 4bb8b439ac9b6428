namespace SilkRoad.Catalogue.Importers;

/// <summary>
/// Reads one file format record by record. Implementations never load the whole input, never throw for a malformed
/// record (they yield <see cref="ParseResult.Fail"/> with its position and go on), and are stateless, so one instance
/// serves every import.
/// </summary>
public interface IRecordReader
{
    /// <summary>The format's name on the command line: <c>openalex</c>, <c>crossref</c>, <c>bibtex</c>, <c>ris</c>, <c>csv</c>, <c>oai-dc</c>.</summary>
    string Format { get; }

    /// <param name="input">The decompressed input; the caller handles gzip.</param>
    /// <param name="fileName">Used in error positions and, where a format has no source of its own, in provenance.</param>
    /// <param name="cancellationToken">Stops reading between records.</param>
    IAsyncEnumerable<ParseResult> ReadAsync(Stream input, string fileName, CancellationToken cancellationToken);
}
