using System.Runtime.CompilerServices;
using System.Text;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Importers.Bibtex;

/// <summary>
/// Reads UTF-8 BibTeX and biblatex files entry by entry. <c>@string</c> macros apply to later entries; <c>@comment</c>,
/// <c>@preamble</c> and text between entries are skipped. A broken entry is reported at the line where it starts, and
/// reading resumes at the next entry.
/// </summary>
public sealed class BibtexReader : IRecordReader
{
    public string Format => "bibtex";

    public async IAsyncEnumerable<ParseResult> ReadAsync(
        Stream input, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fileName);

        var source = "bibtex:" + fileName;
        var parser = new BibtexEntryParser();
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);

        await foreach (var chunk in BibtexEntryScanner.ScanAsync(reader, cancellationToken))
        {
            var entry = parser.Parse(chunk, out var error);
            ResourceRecord? record = null;
            if (entry is not null) record = BibtexRecordMapper.Map(entry, source, out error);

            if (record is not null) yield return ParseResult.Ok(record);
            else if (error is not null) yield return ParseResult.Fail(new ImportError(fileName, chunk.StartLine, error));
        }
    }
}
