using System.Text;
using SilkRoad.Training.Cohorts;

namespace SilkRoad.Training.Tests.Cohorts;

public sealed class CohortFileReaderTests
{
    [Fact]
    public void ReadsEveryRowOfACsvFileWithItsNumberInTheFile()
    {
        var file = CohortFileReader.Read(CohortFiles.Csv(
            "Сомчай,Somchai Prasert,somchai@example.org,TH,1990-04-05,M,KMUTT,Hydropower",
            "",
            "\"Ivanov, Ivan\",Ivan Ivanov,,Russia,,,,"));

        Assert.Empty(file.Problems);
        Assert.Equal([2, 4], file.Rows.Select(r => r.Number));
        Assert.Equal("Somchai Prasert", file.Rows[0][CohortColumn.LatinName]);
        Assert.Equal("Ivanov, Ivan", file.Rows[1][CohortColumn.NativeName]);
        Assert.Null(file.Rows[1][CohortColumn.Email]);
    }

    [Fact]
    public void ReadsASemicolonSeparatedFileWithHeadersInAnyCase()
    {
        var file = CohortFileReader.Read(Encoding.UTF8.GetBytes("Latin Name;COUNTRY\r\nAmina Okello;UG\r\n"));

        Assert.Empty(file.Problems);
        Assert.Equal("UG", Assert.Single(file.Rows)[CohortColumn.Country]);
    }

    [Fact]
    public void ReadsAnExcelWorkbookAndItsDatesStoredAsNumbers()
    {
        var file = CohortFileReader.Read(CohortFiles.Xlsx(
            ["latin_name", "country", "birth_date"],
            ["Amina Okello", "UG", 32874.0], // 1990-01-01
            ["Bilal Khan", "PK", "1988-12-31"]));

        Assert.Empty(file.Problems);
        Assert.Equal(["1990-01-01", "1988-12-31"], file.Rows.Select(r => r[CohortColumn.BirthDate]));
        Assert.Equal([2, 3], file.Rows.Select(r => r.Number));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE })] // a PNG
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 })] // a broken ZIP, as a damaged .xlsx is
    public void AFileThatIsNeitherCsvNorExcelIsNotReadable(byte[] content)
    {
        var file = CohortFileReader.Read(content);

        Assert.Equal([new CohortProblem(0, CohortColumn.File, CohortProblemCode.NotReadable)], file.Problems);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void AnUnterminatedQuoteMakesTheFileUnreadable()
    {
        var file = CohortFileReader.Read(CohortFiles.Csv("\"Somchai,Somchai Prasert,,TH,,,,"));

        Assert.Equal(CohortProblemCode.NotReadable, Assert.Single(file.Problems).Code);
    }

    [Fact]
    public void AFileWithoutTheNameAndCountryColumnsSaysWhichAreMissing()
    {
        var file = CohortFileReader.Read(Encoding.UTF8.GetBytes("name,email\r\nX,x@example.org\r\n"));

        Assert.Equal(
            [new CohortProblem(1, CohortColumn.LatinName, CohortProblemCode.MissingColumn), new CohortProblem(1, CohortColumn.Country, CohortProblemCode.MissingColumn)],
            file.Problems);
    }

    [Fact]
    public void TooManyRowsOrTooManyBytesAreRefusedWhole()
    {
        var rows = Enumerable.Range(0, CohortFileReader.MaxRows + 1).Select(i => $",Person {i},,TH,,,,").ToArray();

        Assert.Equal(CohortProblemCode.TooManyRows, Assert.Single(CohortFileReader.Read(CohortFiles.Csv(rows)).Problems).Code);
        Assert.Equal(CohortProblemCode.TooLarge, Assert.Single(CohortFileReader.Read(new byte[CohortFileReader.MaxBytes + 1]).Problems).Code);
        Assert.Equal(CohortProblemCode.NoRows, Assert.Single(CohortFileReader.Read(CohortFiles.Csv()).Problems).Code);
    }

    [Fact]
    public void AWorkbookThatUnpacksToFarMoreThanACohortIsNotReadable()
    {
        // A few kilobytes of ZIP that unpack to more characters than a part may hold.
        var bomb = CohortFiles.Xlsx(["latin_name", "country"], ["Amina Okello", new string('a', (int)CohortFileReader.MaxCharactersInPart)]);

        var file = CohortFileReader.Read(bomb);

        Assert.True(bomb.Length < CohortFileReader.MaxBytes);
        Assert.Equal(CohortProblemCode.NotReadable, Assert.Single(file.Problems).Code);
    }
}
