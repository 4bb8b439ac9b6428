using SilkRoad.Catalogue.Export;
using SilkRoad.Catalogue.Importers.Bibtex;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Export;

public sealed class BibtexWriterTests
{
    [Fact]
    public async Task ReadsBackWithEveryLatexSpecialCharacterIntact()
    {
        var document = ExportedDocuments.Awkward();

        var record = Assert.Single(await ExportedDocuments.ReadAsync(new BibtexReader(), BibtexWriter.Write(document, "silkroad42")));

        Assert.Equal("silkroad42", record.SourceRecordId);
        Assert.Equal(document.Titles[0].Text, record.Titles.Single().Text);
        Assert.Equal(document.Publisher, record.Publisher);
        Assert.Equal("Line one line two, with 10 % and #tags.", record.Abstracts.Single().Text);
        Assert.Equal(["hydraulics", "pipe flow"], record.Keywords.Select(k => k.Text));
        Assert.Equal(["Li Wei", "Barnes and Noble Engineering", "محمد الأحمد"], record.Contributors.Select(c => c.Name));
        Assert.Equal(2021, record.Year);
        Assert.Equal(new DateOnly(2021, 3, 9), record.PublishedOn);
        Assert.Equal("en", record.Language);
        Assert.Equal(document.Identifiers, record.Identifiers);
    }

    [Theory]
    [InlineData(ResourceType.JournalArticle)]
    [InlineData(ResourceType.ConferencePaper)]
    [InlineData(ResourceType.Patent)]
    [InlineData(ResourceType.Standard)]
    [InlineData(ResourceType.TechnicalReport)]
    [InlineData(ResourceType.Book)]
    [InlineData(ResourceType.BookChapter)]
    [InlineData(ResourceType.Thesis)]
    [InlineData(ResourceType.Dataset)]
    public async Task KeepsTheResourceTypeAndWhereItWasPublished(ResourceType type)
    {
        var document = ExportedDocuments.Awkward(type);

        var record = Assert.Single(await ExportedDocuments.ReadAsync(new BibtexReader(), BibtexWriter.Write(document, "k")));

        Assert.Equal(type, record.Type);
        Assert.Equal(document.Publisher, record.Publisher);
    }

    [Fact]
    public async Task WritesAPatentNumberAndAnArxivIdWhereReadersLookForThem()
    {
        var document = ExportedDocuments.Awkward(ResourceType.Patent);
        document.Identifiers.Clear();
        document.Identifiers.Add(Identifier.Create(IdentifierKind.PatentNumber, "CN 112345678 A")!);
        document.Identifiers.Add(Identifier.Create(IdentifierKind.ArxivId, "arXiv:2101.00001v2")!);

        var record = Assert.Single(await ExportedDocuments.ReadAsync(new BibtexReader(), BibtexWriter.Write(document, "k")));

        Assert.Equal(document.Identifiers.OrderBy(i => i.Key), record.Identifiers.OrderBy(i => i.Key));
    }

    [Fact]
    public void KeepsChineseArabicAndCyrillicAsTheyAre()
    {
        var document = ExportedDocuments.Awkward();
        document.Titles.Insert(0, new Resources.LocalizedText("ru", "Мосты"));

        var bibtex = BibtexWriter.Write(document, "k");

        Assert.Contains("title = {{Мосты}}", bibtex, StringComparison.Ordinal);
        Assert.Contains("محمد الأحمد", bibtex, StringComparison.Ordinal);
    }
}
