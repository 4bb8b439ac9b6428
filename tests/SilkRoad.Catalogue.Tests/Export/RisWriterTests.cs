using SilkRoad.Catalogue.Export;
using SilkRoad.Catalogue.Importers.Ris;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Export;

public sealed class RisWriterTests
{
    [Fact]
    public async Task ReadsBackWithEveryFieldIntact()
    {
        var document = ExportedDocuments.Awkward();

        var record = Assert.Single(await ExportedDocuments.ReadAsync(new RisReader(), RisWriter.Write(document, "silkroad-42")));

        Assert.Equal("silkroad-42", record.SourceRecordId);
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
    [InlineData(ResourceType.CourseMaterial)]
    [InlineData(ResourceType.PolicyDocument)]
    [InlineData(ResourceType.News)]
    [InlineData(ResourceType.Other)]
    public async Task KeepsTheResourceTypeAndWhereItWasPublished(ResourceType type)
    {
        var document = ExportedDocuments.Awkward(type);

        var record = Assert.Single(await ExportedDocuments.ReadAsync(new RisReader(), RisWriter.Write(document, "k")));

        Assert.Equal(type, record.Type);
        Assert.Equal(document.Publisher, record.Publisher);
    }

    [Fact]
    public async Task TwoRecordsInOneFileReadBackAsTwo()
    {
        var text = RisWriter.Write(ExportedDocuments.Awkward(), "a") + RisWriter.Write(ExportedDocuments.Awkward(), "b");

        var records = await ExportedDocuments.ReadAsync(new RisReader(), text);

        Assert.Equal(["a", "b"], records.Select(r => r.SourceRecordId));
    }
}
