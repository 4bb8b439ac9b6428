using SilkRoad.Core.Identifiers;

namespace SilkRoad.Core.Tests.Identifiers;

public sealed class IdentifierNormalizerTests
{
    [Theory]
    [InlineData("10.1000/XYZ123", "10.1000/xyz123")]
    [InlineData("https://doi.org/10.1000/xyz123", "10.1000/xyz123")] // resolver URL
    [InlineData("doi:10.1000/xyz123", "10.1000/xyz123")] // doi: prefix
    [InlineData("http://dx.doi.org/10.1000/xyz123.", "10.1000/xyz123")] // old resolver, trailing full stop
    [InlineData("https://doi.org/10.1000%2Fxyz123", null)] // an escaped slash is not a DOI we can read
    [InlineData("not a doi", null)]
    public void NormalizesDois(string raw, string? expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Normalize(IdentifierKind.Doi, raw));

    [Theory]
    [InlineData("0-306-40615-2", "9780306406157")] // ISBN-10 becomes ISBN-13
    [InlineData("978-0-306-40615-7", "9780306406157")]
    [InlineData("978-0-306-40615-8", null)] // wrong check digit
    [InlineData("0-8044-2957-X", "9780804429573")] // X check digit
    public void NormalizesIsbns(string raw, string? expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Normalize(IdentifierKind.Isbn, raw));

    [Theory]
    [InlineData("arXiv:2101.00001v2", "2101.00001")] // version is a revision of the same work
    [InlineData("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001")]
    public void NormalizesArxivIds(string raw, string expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Normalize(IdentifierKind.ArxivId, raw));

    [Theory]
    [InlineData("https://openalex.org/W2741809807", "W2741809807")]
    [InlineData("w2741809807", "W2741809807")]
    public void KeepsTheOpenAlexWorkNumberOnly(string raw, string expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Normalize(IdentifierKind.OpenAlexId, raw));

    [Theory]
    [InlineData("CN 1234567 A", "CN1234567A")]
    [InlineData("US-2020/0123456-A1", "US20200123456A1")]
    public void CompactsPatentNumbers(string raw, string expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Normalize(IdentifierKind.PatentNumber, raw));

    [Fact]
    public void FoldsWidthAndDashesInStandardNumbers() =>
        Assert.Equal("GB/T 50001-2017", IdentifierNormalizer.Normalize(IdentifierKind.StandardNumber, "gb/t  ５０００１—2017"));

    [Fact]
    public void IsbnsAndUrlsDoNotIdentifyAResourceUniquely()
    {
        Assert.False(Identifier.Create(IdentifierKind.Isbn, "978-0-306-40615-7")!.IdentifiesUniquely);
        Assert.False(Identifier.Create(IdentifierKind.Url, "https://example.org/a")!.IdentifiesUniquely);
        Assert.True(Identifier.Create(IdentifierKind.Doi, "10.1000/a1")!.IdentifiesUniquely);
    }
}
