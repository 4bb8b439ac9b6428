using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SilkRoad.Training.Cohorts;

/// <summary>
/// Reads a cohort from a CSV file (UTF-8, comma or semicolon) or an Excel workbook (.xlsx, its first sheet): a header
/// row naming the columns (<see cref="CohortColumns"/>), then one person per row. The kind is told by the content, not
/// the name: an .xlsx is a ZIP package. A file that is neither, too big or too long is refused with a problem, never
/// an exception. The whole file is in memory: it is small by <see cref="MaxBytes"/>.
/// </summary>
public static class CohortFileReader
{
    /// <summary>The largest file taken: a cohort of <see cref="MaxRows"/> people is far smaller.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The most people one file may enrol: more than any session's capacity.</summary>
    public const int MaxRows = 500;

    /// <summary>The most characters one part of a workbook (a sheet, the shared strings) may unpack to.</summary>
    public const long MaxCharactersInPart = 10_000_000;

    public static CohortFile Read(ReadOnlyMemory<byte> content)
    {
        if (content.Length > MaxBytes) return CohortFile.Refused(CohortProblemCode.TooLarge);
        if (content.Length == 0) return CohortFile.Refused(CohortProblemCode.NoRows);
        var span = content.Span;
        var isZip = span.Length >= 4 && span[0] == (byte)'P' && span[1] == (byte)'K' && span[2] == 3 && span[3] == 4;
        List<List<string>>? table;
        try
        {
            table = isZip ? ReadXlsx(content) : ReadCsv(content);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FormatException or ArgumentException
            or CsvFormatException or DecoderFallbackException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            table = null;
        }
        if (table is null) return CohortFile.Refused(CohortProblemCode.NotReadable);
        return FromTable(table);
    }

    private static CohortFile FromTable(List<List<string>> table)
    {
        // Blank lines (an Excel sheet's formatted but empty rows) are not people.
        var header = table.Count > 0 ? table[0] : [];
        var columns = header.Select(CohortColumns.Find).ToList();
        var problems = new List<CohortProblem>();
        foreach (var required in new[] { CohortColumn.LatinName, CohortColumn.Country })
            if (!columns.Contains(required)) problems.Add(new CohortProblem(1, required, CohortProblemCode.MissingColumn));
        if (problems.Count > 0) return new CohortFile([], problems);
        var rows = new List<CohortRow>();
        for (var i = 1; i < table.Count; i++)
        {
            if (table[i].All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count == MaxRows) return CohortFile.Refused(CohortProblemCode.TooManyRows);
            var values = new Dictionary<CohortColumn, string>();
            for (var c = 0; c < columns.Count && c < table[i].Count; c++)
                if (columns[c] is { } column) values.TryAdd(column, table[i][c]);
            rows.Add(new CohortRow(i + 1, values));
        }
        return rows.Count == 0 ? CohortFile.Refused(CohortProblemCode.NoRows) : new CohortFile(rows, []);
    }

    private static List<List<string>>? ReadCsv(ReadOnlyMemory<byte> content)
    {
        // Strict UTF-8: a binary file or a legacy code page is refused rather than read as mojibake.
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content.Span);
        if (text.Contains('\0', StringComparison.Ordinal)) return null;
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            // Kept, so that a row's number is its line in the file (blank rows are passed over later).
            SkipEmptyLines = false,
        };
        using var reader = CsvReader.Create(new StringReader(text.TrimStart('\uFEFF')), options, leaveOpen: false);
        var table = new List<List<string>>();
        while (table.Count <= MaxRows + 1 && reader.Read())
            table.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToList());
        return table;
    }

    private static List<List<string>>? ReadXlsx(ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        // A megabyte of ZIP can unpack to gigabytes of XML: no part of a cohort's workbook is anywhere near this.
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart worksheet) return null;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var table = new List<List<string>>();
        int? birthDateColumn = null;
        // Read as a stream of elements: a sheet may be far longer than the rows it is allowed.
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read() && table.Count <= MaxRows + 1)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!; // LoadCurrentElement returns the element the reader stands on
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var index = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < index) cells.Add("");
                var value = CellText(cell, strings);
                if (table.Count > 0 && index == birthDateColumn) value = ExcelDate(cell, value);
                cells.Add(value);
            }
            if (table.Count == 0)
            {
                var at = cells.FindIndex(h => CohortColumns.Find(h) == CohortColumn.BirthDate);
                birthDateColumn = at >= 0 ? at : null;
            }
            table.Add(cells);
        }
        return table;
    }

    private static string CellText(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }

    // Excel stores a date typed into a cell as a number of days since 1899-12-30; a date typed as text stays text.
    private static string ExcelDate(Cell cell, string value)
    {
        if (cell.DataType is not null && cell.DataType.Value != CellValues.Number) return value;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) || days < 1 || days > 100_000) return value;
        return DateOnly.FromDateTime(DateTime.FromOADate(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // "C7" → 2.
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        return index == 0 || index > 16_384 ? null : index - 1;
    }
}
