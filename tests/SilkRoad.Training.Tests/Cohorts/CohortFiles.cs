using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SilkRoad.Training.Tests.Cohorts;

/// <summary>Cohort files as a user would make them: CSV text, or an Excel workbook written cell by cell.</summary>
public static class CohortFiles
{
    public const string Header = "native_name,latin_name,email,country,birth_date,gender,institution,discipline";

    public static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    /// <summary>An .xlsx of one sheet; a cell given as a double is written as a number (Excel's dates are).</summary>
    public static byte[] Xlsx(params object[][] rows)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select(value => value is double number
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)value)) })));
            }
            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Cohort" }));
            workbook.Workbook.Save();
        }
        return output.ToArray();
    }
}
