using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Tests;

/// <summary>Builds source records for tests: <c>new ResourceBuilder("src", "1").Titled("كتاب", "ar").WithDoi("10.1000/x1").Build()</c>.</summary>
public sealed class ResourceBuilder(string source, string recordId)
{
    private readonly ResourceRecord _record = new() { Source = source, SourceRecordId = recordId, Type = ResourceType.JournalArticle };

    public ResourceBuilder Titled(string title, string language = "und")
    {
        _record.Titles.Add(new LocalizedText(language, title));
        return this;
    }

    public ResourceBuilder WithAbstract(string text, string language = "und")
    {
        _record.Abstracts.Add(new LocalizedText(language, text));
        return this;
    }

    public ResourceBuilder WithKeyword(string text, string language = "und")
    {
        _record.Keywords.Add(new LocalizedText(language, text));
        return this;
    }

    public ResourceBuilder WithDoi(string doi)
    {
        _record.Identifiers.Add(Identifier.Create(IdentifierKind.Doi, doi) ?? throw new ArgumentException(doi));
        return this;
    }

    public ResourceBuilder By(string name)
    {
        _record.Contributors.Add(new Contributor(name));
        return this;
    }

    public ResourceBuilder In(int year)
    {
        _record.Year = year;
        return this;
    }

    public ResourceBuilder InLanguage(string language)
    {
        _record.Language = language;
        return this;
    }

    public ResourceBuilder OfType(ResourceType type)
    {
        _record.Type = type;
        return this;
    }

    public ResourceRecord Build() => _record;

    public static ResourceRecord Deletion(string source, string recordId) =>
        new() { Source = source, SourceRecordId = recordId, Deleted = true };

    public static async IAsyncEnumerable<ParseResult> Stream(params ParseResult[] results)
    {
        foreach (var result in results)
        {
            await Task.Yield();
            yield return result;
        }
    }
}
