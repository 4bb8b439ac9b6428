using System.Globalization;
using CsvHelper;

namespace SilkRoad.Training.Reports;

/// <summary>
/// Writes a report as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs read Chinese and Arabic
/// labels right): a header, then key, label and count per row. Text cells are defused (<see cref="SpreadsheetText"/>):
/// CsvHelper quotes, but does not guard against formulas.
/// </summary>
public static class ReportCsvWriter
{
    public static async Task WriteAsync(ReportTable report, IReadOnlyList<string> header, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(header);
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        foreach (var name in header) csv.WriteField(SpreadsheetText.Defuse(name));
        await csv.EndRecordAsync(cancellationToken);
        foreach (var row in report.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(SpreadsheetText.Defuse(row.Key));
            csv.WriteField(SpreadsheetText.Defuse(row.Label));
            csv.WriteField(row.Count.ToString(CultureInfo.InvariantCulture));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
