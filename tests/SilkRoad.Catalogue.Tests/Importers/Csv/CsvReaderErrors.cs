namespace SilkRoad.Catalogue.Tests.Importers.Csv;

public sealed class CsvReaderErrors
{
    [Fact]
    public async Task ReportsARowWithTheWrongNumberOfFieldsAtTheLineItStartsOn()
    {
        // Line 8 follows a row whose quoted abstract spans lines 4 to 6: the count is of physical lines.
        var error = await CsvFixtures.ErrorAtLineAsync(8);

        Assert.Equal(("resources.csv", "line"), (error.File, error.PositionKind));
        Assert.Equal("the row has 3 fields where the header has 12", error.Reason);
    }

    [Fact]
    public async Task ReportsAnUnknownTypeNamingTheValue()
    {
        var error = await CsvFixtures.ErrorAtLineAsync(10);

        Assert.Equal("unknown type 'podcast'", error.Reason);
    }

    [Theory]
    [InlineData(11, "19xx")]
    [InlineData(15, "3000")]
    public async Task ReportsAYearThatIsNotAPlausibleYear(long line, string value)
    {
        var error = await CsvFixtures.ErrorAtLineAsync(line);

        Assert.Equal($"year '{value}' is not a year between 1000 and 2100", error.Reason);
    }

    [Fact]
    public async Task ReportsARowWithoutId()
    {
        var error = await CsvFixtures.ErrorAtLineAsync(12);

        Assert.Equal("no id", error.Reason);
    }

    [Fact]
    public async Task ReportsARowWithoutTitle()
    {
        var error = await CsvFixtures.ErrorAtLineAsync(13);

        Assert.Equal("no title (id 'bad-005')", error.Reason);
    }

    [Fact]
    public async Task ReportsExactlyTheBrokenRows()
    {
        var results = await CsvFixtures.ReadAsync("resources.csv");

        Assert.Equal([8L, 10L, 11L, 12L, 13L, 15L], results.Select(r => r.Error?.Position).OfType<long>());
    }

    [Fact]
    public async Task ReportsAHeaderWithoutTitleOnceAndReadsNoRows()
    {
        var results = await CsvFixtures.ReadAsync("no-title-column.csv");

        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Equal((1L, "the header has no 'title' column"), (error.Position, error.Reason));
    }

    [Fact]
    public async Task ReportsAnEmptyFile()
    {
        var results = await CsvFixtures.ReadTextAsync("");

        Assert.Equal("no header row", Assert.Single(results).Error?.Reason);
    }

    [Fact]
    public async Task ReportsEveryRowWhenTheHeaderHasNoIdColumn()
    {
        var results = await CsvFixtures.ReadTextAsync("title,year\nFirst,2020\nSecond,2021\n");

        Assert.Equal(["no id", "no id"], results.Select(r => r.Error?.Reason));
        Assert.Equal([2L, 3L], results.Select(r => r.Error?.Position ?? 0));
    }
}
