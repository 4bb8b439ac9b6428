using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SilkRoad.Training.Reports;

namespace SilkRoad.Training.Tests.Reports;

public sealed class ReportExportTests
{
    private static readonly ReportTable Report = new(TrainingReportKind.ByProgramme,
    [
        new ReportRow("=cmd|'/c calc'!A1", "+1 formula", 12),
        new ReportRow("-2", "@SUM(A1)", 3),
        new ReportRow("new-energy-p1", "新能源技术研修班, \"quoted\"", 7),
        new ReportRow("ar", "ندوة: تقنيات الطاقة الجديدة", 1),
    ], 23);

    private static readonly string[] Header = ["Key", "Programme", "Trainees"];

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+7", "'+7")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Thailand", "Thailand")]
    [InlineData("", "")]
    public void DefusesCellsThatSpreadsheetsWouldRunAsFormulas(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Defuse(text));

    [Fact]
    public async Task CsvHasAHeaderQuotedTextDefusedFormulasAndAByteOrderMark()
    {
        using var output = new MemoryStream();
        await ReportCsvWriter.WriteAsync(Report, Header, output, CancellationToken.None);
        var bytes = output.ToArray();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3)).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(
            "Key,Programme,Trainees\n" +
            "'=cmd|'/c calc'!A1,'+1 formula,12\n" +
            "'-2,'@SUM(A1),3\n" +
            "new-energy-p1,\"新能源技术研修班, \"\"quoted\"\"\",7\n" +
            "ar,ندوة: تقنيات الطاقة الجديدة,1\n", text);
    }

    [Fact]
    public void XlsxHoldsTextCellsAndNumericCounts()
    {
        using var output = new MemoryStream();
        ReportXlsxWriter.Write(Report, Header, "Trainees by programme: [all]", output);
        output.Position = 0;

        using var document = SpreadsheetDocument.Open(output, false);
        var workbook = document.WorkbookPart!; // a workbook always has its part
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();

        Assert.Equal("Trainees by programme ", sheet.Name!.Value![..22]);
        Assert.True(sheet.Name.Value.Length <= 31);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["Key", "Programme", "Trainees"], rows[0].Elements<Cell>().Select(c => c.InnerText));
        Assert.Equal("'=cmd|'/c calc'!A1", rows[1].Elements<Cell>().First().InnerText);
        var count = rows[3].Elements<Cell>().Last();
        Assert.Equal(CellValues.Number, count.DataType!.Value);
        Assert.Equal("7", count.CellValue!.Text);
        Assert.Equal("新能源技术研修班, \"quoted\"", rows[3].Elements<Cell>().ElementAt(1).InnerText);
    }
}
