using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SilkRoad.Training.Reports;

/// <summary>
/// Writes a report as an Excel workbook (.xlsx) of one sheet: a header row, then key and label as text cells and the
/// count as a number, so that the spreadsheet can sum and chart it. Text is defused as in CSV (<see cref="SpreadsheetText"/>):
/// inline strings are never formulas, but a user copying a cell elsewhere should not carry one either.
/// </summary>
public static class ReportXlsxWriter
{
    public static void Write(ReportTable report, IReadOnlyList<string> header, string sheetName, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(sheetName);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(new Row(header.Select(Text)));
        foreach (var row in report.Rows)
            data.Append(new Row(Text(row.Key), Text(row.Label), new Cell { DataType = CellValues.Number, CellValue = new CellValue((decimal)row.Count) }));
        worksheet.Worksheet = new Worksheet(data);
        // Excel refuses a sheet name over 31 characters or with any of []:*?/\.
        var name = new string(sheetName.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).Take(31).ToArray());
        workbook.Workbook.AppendChild(new Sheets(new Sheet
        {
            Id = workbook.GetIdOfPart(worksheet),
            SheetId = 1,
            Name = name.Length > 0 ? name : "Report",
        }));
        workbook.Workbook.Save();
    }

    private static Cell Text(string text) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(SpreadsheetText.Defuse(text))),
    };
}
