using SilkRoad.Training.Certificates;

namespace SilkRoad.Training.Tests.Certificates;

public sealed class CertificateCodeTests
{
    [Fact]
    public void ANewCodeIsSixteenCrockfordSymbolsInFourGroups()
    {
        var code = CertificateCode.New();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", code);
    }

    [Fact]
    public void NewCodesDoNotRepeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => CertificateCode.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheBytesAreWrittenMostSignificantBitFirst()
    {
        Assert.Equal("0000-0000-0000-0000", CertificateCode.FromBytes(new byte[10]));
        Assert.Equal("ZZZZ-ZZZZ-ZZZZ-ZZZZ", CertificateCode.FromBytes(Enumerable.Repeat((byte)0xFF, 10).ToArray()));
        Assert.Equal("Z000-0000-0000-0000", CertificateCode.FromBytes([0xF8, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Equal("0000-0000-0000-000Z", CertificateCode.FromBytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 0x1F]));
    }

    [Theory]
    [InlineData("7KQ2-M9XD-4RTB-H0WE", "7KQ2-M9XD-4RTB-H0WE")] // as printed
    [InlineData("7kq2m9xd4rtbh0we", "7KQ2-M9XD-4RTB-H0WE")] // typed without dashes, lower case
    [InlineData(" 7KQ2 M9XD 4RTB HOWE ", "7KQ2-M9XD-4RTB-H0WE")] // O read as zero, spaces
    [InlineData("7KQ2-M9XD-4RTB-HlWE", "7KQ2-M9XD-4RTB-H1WE")] // l read as one
    [InlineData("7KQ2-M9XD-4RTB-HIWE", "7KQ2-M9XD-4RTB-H1WE")] // I read as one
    public void ReadsACodeAsPeopleTypeIt(string typed, string expected)
    {
        Assert.True(CertificateCode.TryNormalize(typed, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7KQ2-M9XD-4RTB")] // too short
    [InlineData("7KQ2-M9XD-4RTB-H0WE-1")] // too long
    [InlineData("7KQ2-M9XD-4RTB-H0WU")] // U is not in the alphabet
    [InlineData("7KQ2-M9XD-4RTB-H0W!")]
    [InlineData("' OR 1=1 --")]
    public void RefusesWhatCannotBeACode(string typed) => Assert.False(CertificateCode.TryNormalize(typed, out _));
}
