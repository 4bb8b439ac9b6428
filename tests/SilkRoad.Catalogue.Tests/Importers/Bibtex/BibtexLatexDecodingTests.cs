using SilkRoad.Catalogue.Importers.Bibtex;

namespace SilkRoad.Catalogue.Tests.Importers.Bibtex;

public sealed class BibtexLatexDecodingTests
{
    [Theory]
    [InlineData(@"{\""o}", "ö")]
    [InlineData(@"\""{o}", "ö")]
    [InlineData(@"\""o", "ö")]
    [InlineData(@"{\'e}", "é")]
    [InlineData(@"\'e", "é")]
    [InlineData(@"{\`a}", "à")]
    [InlineData(@"{\^o}", "ô")]
    [InlineData(@"{\~n}", "ñ")]
    [InlineData(@"{\c c}", "ç")]
    [InlineData(@"\c{C}", "Ç")]
    [InlineData(@"{\v s}", "š")]
    [InlineData(@"\v{S}", "Š")]
    [InlineData(@"{\=a}", "ā")]
    [InlineData(@"{\.z}", "ż")]
    [InlineData(@"{\u a}", "ă")]
    [InlineData(@"{\H o}", "ő")]
    [InlineData(@"{\k a}", "ą")]
    [InlineData(@"{\r u}", "ů")]
    [InlineData(@"{\'\i}", "í")]
    [InlineData(@"{\""\i}", "ï")]
    public void DecodesAccent(string latex, string expected) => Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Theory]
    [InlineData(@"{\ss}", "ß")]
    [InlineData(@"Stra\ss e", "Straße")]
    [InlineData(@"3 \times 4", "3 × 4")]
    [InlineData(@"{\o}", "ø")]
    [InlineData(@"{\O}", "Ø")]
    [InlineData(@"{\aa}", "å")]
    [InlineData(@"{\AA}", "Å")]
    [InlineData(@"{\ae}", "æ")]
    [InlineData(@"{\oe}", "œ")]
    [InlineData(@"{\l}", "ł")]
    [InlineData(@"{\L}", "Ł")]
    public void DecodesSpecialLetter(string latex, string expected) => Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Theory]
    [InlineData(@"\&", "&")]
    [InlineData(@"\%", "%")]
    [InlineData(@"\$", "$")]
    [InlineData(@"\_", "_")]
    [InlineData(@"\#", "#")]
    [InlineData(@"\{x\}", "{x}")]
    [InlineData("1990--2000", "1990–2000")]
    [InlineData("yes---no", "yes—no")]
    [InlineData("a-b", "a-b")]
    [InlineData("Fig.~3", "Fig. 3")]
    [InlineData("``quoted''", "“quoted”")]
    public void DecodesEscapesDashesAndTies(string latex, string expected) =>
        Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Theory]
    [InlineData("{DNA} repair", "DNA repair")]
    [InlineData("{{Nested {braces}} stay text}", "Nested braces stay text")]
    [InlineData(@"\emph{Very} \textbf{bold}", "Very bold")]
    [InlineData(@"$\alpha$-particles in H$_2$O", "α-particles in H_2O")]
    [InlineData(@"\unknowncommand kept", @"\unknowncommand kept")]
    [InlineData(@"{\noopsort{1999}}Annual review", "Annual review")]
    public void RemovesBracesAndFormattingButKeepsText(string latex, string expected) =>
        Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Theory]
    [InlineData("大跨度斜拉桥")]
    [InlineData("تحلية المياه")]
    [InlineData("Устойчивость энергосистем")]
    public void PassesNonLatinTextThrough(string text) => Assert.Equal(text, LatexDecoder.Decode(text));

    [Fact]
    public async Task DecodesAccentsInTitleAndAuthorsOfAnEntry()
    {
        var record = await BibtexFixture.RecordAsync("mueller2018");

        Assert.Equal("Über die Strömung in DNA-Kanälen – eine Étude", Assert.Single(record.Titles).Text);
        Assert.Equal(
            ["Müller, Jörg", "Garçon, François", "Škoda, Jiří", "Niño, José", "Małysz, Adam", "Straßer, Hans",
             "Sørensen, Åse"],
            record.Contributors.Select(c => c.Name));
    }

    [Fact]
    public async Task DecodesEscapedCharactersDashesAndTiesInATitle()
    {
        var record = await BibtexFixture.RecordAsync("costs2017");

        Assert.Equal("Costs in $ and 50% & the R_0 # — a review study of Steam–Water cycles",
            Assert.Single(record.Titles).Text);
    }

    [Fact]
    public async Task DecodesLessCommonAccentsAndLetters()
    {
        var record = await BibtexFixture.RecordAsync("accents2016");

        Assert.Equal("Plān życie ă Erdős côte à la æther øl ås łódź", Assert.Single(record.Titles).Text);
    }

    [Fact]
    public async Task SplitsAuthorsOnlyOnAndOutsideBracesAndDropsOthers()
    {
        var record = await BibtexFixture.RecordAsync("accents2016");

        Assert.Equal(["Barnes and Noble", "Smith, John"], record.Contributors.Select(c => c.Name));
    }

    [Fact]
    public async Task RemovesProtectiveBracesFromTitle()
    {
        var record = await BibtexFixture.RecordAsync("chen2023gnn");

        Assert.Equal("Graph Neural Networks for Structural Health Monitoring", Assert.Single(record.Titles).Text);
    }
}
