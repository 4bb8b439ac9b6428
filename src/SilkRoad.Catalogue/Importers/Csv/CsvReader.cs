using System.Runtime.CompilerServices;
using CsvHelper;
using CsvFile = CsvHelper.CsvReader;

namespace SilkRoad.Catalogue.Importers.Csv;

/// <summary>
/// Reads a UTF-8 CSV file with a header row, one resource per row. Columns are found by name, without case:
/// <c>id, type, language, title, abstract, keywords, authors, year, doi, country, source</c>; others are ignored.
/// Rows that cannot be read are reported with the line they start on, and the rest of the file goes on.
/// </summary>
public sealed class CsvReader : IRecordReader
{
    // The separator is fixed: guessing it would pick ';' for files whose authors and keywords are ';'-separated.
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
    };

    public string Format => "csv";

    public async IAsyncEnumerable<ParseResult> ReadAsync(Stream input, string fileName,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fileName);
        await using var csv = CsvFile.Create(input, Options, leaveOpen: true);
        await csv.ReadHeaderAsync(cancellationToken);
        var columns = new CsvColumns(csv.Headers);
        if (!columns.Has("title"))
        {
            var reason = columns.Count == 0 ? "no header row" : "the header has no 'title' column";
            yield return ParseResult.Fail(new ImportError(fileName, Math.Max(1, csv.LineNumber), reason));
            yield break;
        }

        var rows = new CsvRowMapper(columns, fileName);
        while (await csv.ReadAsync(cancellationToken))
            yield return rows.Map(csv);
    }
}
