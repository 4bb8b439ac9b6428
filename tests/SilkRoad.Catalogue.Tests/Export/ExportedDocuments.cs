using System.Text;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests.Export;

/// <summary>Documents to export, and a way to read an export back with the project's own readers.</summary>
internal static class ExportedDocuments
{
    public static ResourceDocument Awkward(ResourceType type = ResourceType.JournalArticle)
    {
        var document = new ResourceDocument
        {
            Type = type,
            Publisher = "Journal of R&D {Special} 100% #1",
            Year = 2021,
            PublishedOn = new DateOnly(2021, 3, 9),
            Licence = "CC-BY-4.0",
        };
        document.Titles.Add(new LocalizedText("en", "Pipes & {valves}: 50% less $cost, C:\\temp_dir ~ a--b ``quoted'' </script>"));
        document.Titles.Add(new LocalizedText("zh", "管道与阀门"));
        document.Abstracts.Add(new LocalizedText("en", "Line one\nline two, with 10 % and #tags."));
        document.Keywords.Add(new LocalizedText("en", "hydraulics"));
        document.Keywords.Add(new LocalizedText("en", "pipe flow"));
        document.Contributors.Add(new Contributor("Li Wei"));
        document.Contributors.Add(new Contributor("Barnes and Noble Engineering"));
        document.Contributors.Add(new Contributor("محمد الأحمد"));
        document.Identifiers.Add(Identifier.Create(IdentifierKind.Doi, "10.1234/abc_def-{1}%2")!);
        document.Identifiers.Add(Identifier.Create(IdentifierKind.Url, "https://example.org/a_b?x=1&y=50%25")!);
        return document;
    }

    public static async Task<List<ResourceRecord>> ReadAsync(IRecordReader reader, string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var records = new List<ResourceRecord>();
        await foreach (var result in reader.ReadAsync(stream, "export", CancellationToken.None))
        {
            Assert.Null(result.Error);
            records.Add(result.Record!); // not null when Error is null (ParseResult's contract)
        }
        return records;
    }
}
