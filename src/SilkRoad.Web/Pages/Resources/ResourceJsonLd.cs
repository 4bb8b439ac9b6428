using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using SilkRoad.Catalogue.Browsing;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Web.Pages.Resources;

/// <summary>
/// A resource as schema.org JSON-LD, for the <c>&lt;script type="application/ld+json"&gt;</c> of its page. Texts keep
/// their language as JSON-LD value objects (<c>{"@value": …, "@language": "zh"}</c>).
/// </summary>
public static class ResourceJsonLd
{
    // Every script, Chinese and Arabic included, is written as it is; the encoder still escapes <, >, & and quotes
    // (JavaScriptEncoder always does), so a title holding "</script>" cannot end the script element.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(ResourceDetails resource, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var document = resource.Document;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = SchemaType(document.Type),
            ["@id"] = pageUrl.AbsoluteUri,
            ["url"] = pageUrl.AbsoluteUri,
            ["name"] = Texts(document.Titles),
        };
        if (document.Abstracts.Count > 0) json["abstract"] = Texts(document.Abstracts);
        if (document.Keywords.Count > 0) json["keywords"] = Texts(document.Keywords);
        if (document.Contributors.Count > 0) json["author"] = new JsonArray(document.Contributors.Select(Person).ToArray<JsonNode?>());
        if (document.Publisher is { } publisher) json["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        if (document.PublishedOn is { } day) json["datePublished"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        else if (document.Year is { } year) json["datePublished"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var languages = document.Languages.Where(l => l != Core.Languages.Language.UndeterminedCode).ToList();
        if (languages.Count > 0) json["inLanguage"] = new JsonArray(languages.Select(l => (JsonNode?)l).ToArray());
        if (document.Subjects.Count > 0) json["about"] = new JsonArray(document.Subjects.Select(s => (JsonNode?)s).ToArray());
        if (document.Countries.Count > 0)
        {
            json["spatialCoverage"] = new JsonArray(document.Countries
                .Select(c => (JsonNode?)new JsonObject { ["@type"] = "Country", ["identifier"] = c }).ToArray());
        }
        if (document.Licence is { } licence) json["license"] = licence;
        var identifiers = document.Identifiers.Select(Identifier).ToArray<JsonNode?>();
        if (identifiers.Length > 0) json["identifier"] = new JsonArray(identifiers);
        var sameAs = document.Identifiers.Where(i => i.Kind != IdentifierKind.Url).Select(IdentifierLinks.For).OfType<Uri>()
            .Select(u => (JsonNode?)u.AbsoluteUri).ToArray();
        if (sameAs.Length > 0) json["sameAs"] = new JsonArray(sameAs);
        return json.ToJsonString(Options);
    }

    /// <summary>schema.org has no Patent, Standard or policy type: those are plain CreativeWorks.</summary>
    public static string SchemaType(ResourceType type) => type switch
    {
        ResourceType.JournalArticle or ResourceType.ConferencePaper => "ScholarlyArticle",
        ResourceType.TechnicalReport => "Report",
        ResourceType.Book => "Book",
        ResourceType.BookChapter => "Chapter",
        ResourceType.Thesis => "Thesis",
        ResourceType.Dataset => "Dataset",
        ResourceType.CourseMaterial => "LearningResource",
        ResourceType.News => "NewsArticle",
        _ => "CreativeWork",
    };

    private static JsonArray Texts(IEnumerable<LocalizedText> texts) =>
        new(texts.Select(t => (JsonNode?)(t.Language == Core.Languages.Language.UndeterminedCode
            ? JsonValue.Create(t.Text)
            : new JsonObject { ["@value"] = t.Text, ["@language"] = t.Language })).ToArray());

    private static JsonObject Person(Contributor contributor)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = contributor.Name };
        if (contributor.Affiliation is { } affiliation)
        {
            var organization = new JsonObject { ["@type"] = "Organization", ["name"] = affiliation };
            if (contributor.Country is { } country) organization["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = country };
            person["affiliation"] = organization;
        }
        if (contributor.Orcid is { } orcid) person["sameAs"] = "https://orcid.org/" + orcid;
        return person;
    }

    private static JsonObject Identifier(Identifier identifier) => new()
    {
        ["@type"] = "PropertyValue",
        ["propertyID"] = IdentifierNormalizer.Prefix(identifier.Kind),
        ["value"] = identifier.Value,
    };
}
