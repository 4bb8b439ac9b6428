using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Search.Tests;

/// <summary>Builds resources as the index receives them: <c>new IndexedResourceBuilder(1).Titled("Solar cells", "en").Build()</c>.</summary>
public sealed class IndexedResourceBuilder(long id)
{
    private readonly ResourceDocument _document = new() { Type = ResourceType.JournalArticle };
    private readonly List<SourceRecordRef> _sources = [new("test", $"rec-{id}")];

    public IndexedResourceBuilder Titled(string title, string language = "en")
    {
        _document.Titles.Add(new LocalizedText(language, title));
        return this;
    }

    public IndexedResourceBuilder WithAbstract(string text, string language = "en")
    {
        _document.Abstracts.Add(new LocalizedText(language, text));
        return this;
    }

    public IndexedResourceBuilder WithKeyword(string text, string language = "en")
    {
        _document.Keywords.Add(new LocalizedText(language, text));
        return this;
    }

    public IndexedResourceBuilder By(string name, string? country = null)
    {
        _document.Contributors.Add(new Contributor(name, Country: country));
        return this;
    }

    public IndexedResourceBuilder In(int year)
    {
        _document.Year = year;
        return this;
    }

    public IndexedResourceBuilder OfType(ResourceType type)
    {
        _document.Type = type;
        return this;
    }

    public IndexedResourceBuilder About(string subject)
    {
        _document.Subjects.Add(subject);
        return this;
    }

    public IndexedResourceBuilder Concerning(string country)
    {
        _document.Countries.Add(country);
        return this;
    }

    public IndexedResourceBuilder WithDoi(string doi)
    {
        _document.Identifiers.Add(Identifier.Create(IdentifierKind.Doi, doi) ?? throw new ArgumentException(doi));
        return this;
    }

    public IndexedResourceBuilder From(string source, string recordId)
    {
        _sources.Clear();
        _sources.Add(new SourceRecordRef(source, recordId));
        return this;
    }

    public IndexedResource Build() => new(id, _document, _sources);
}
