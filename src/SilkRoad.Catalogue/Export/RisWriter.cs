using System.Globalization;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Export;

/// <summary>
/// Writes a resource as one RIS record (<c>TY</c> to <c>ER</c>), in UTF-8 as Zotero, EndNote and Mendeley read it.
/// RIS has no escapes: a value is one line, so line breaks inside a value become spaces.
/// </summary>
public static class RisWriter
{
    public static string Write(ResourceDocument document, string id)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, id, output);
        return output.ToString();
    }

    public static void Write(ResourceDocument document, string id, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(output);

        void Tag(string tag, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            output.Write(tag);
            output.Write("  - ");
            output.Write(OneLine(value));
            // RIS specifies CR LF line ends; readers accept LF, but EndNote's importer is happiest with CR LF.
            output.Write("\r\n");
        }

        Tag("TY", TypeCode(document.Type));
        Tag("ID", id);
        if (document.Titles.Count > 0) Tag("TI", document.Titles[0].Text);
        // TT is RIS's translated title: the titles in the resource's other languages.
        foreach (var title in document.Titles.Skip(1)) Tag("TT", title.Text);
        foreach (var contributor in document.Contributors) Tag("AU", contributor.Name);
        Tag(PublisherTag(document.Type), document.Publisher);
        Tag("PY", document.Year?.ToString(CultureInfo.InvariantCulture));
        Tag("DA", document.PublishedOn?.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        foreach (var identifier in document.Identifiers)
        {
            switch (identifier.Kind)
            {
                case IdentifierKind.Doi: Tag("DO", identifier.Value); break;
                case IdentifierKind.Url: Tag("UR", identifier.Value); break;
                case IdentifierKind.Isbn or IdentifierKind.Issn: Tag("SN", identifier.Value); break;
                case IdentifierKind.PatentNumber when document.Type == ResourceType.Patent: Tag("SN", identifier.Value); break;
                case IdentifierKind.ArxivId: Tag("UR", "https://arxiv.org/abs/" + identifier.Value); break;
            }
        }
        if (document.Abstracts.Count > 0) Tag("AB", document.Abstracts[0].Text);
        foreach (var keyword in document.Keywords) Tag("KW", keyword.Text);
        if (document.Titles.Count > 0) Tag("LA", document.Titles[0].Language);
        Tag("C1", document.Licence is { } licence ? "Licence: " + licence : null);
        output.Write("ER  - \r\n");
    }

    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string TypeCode(ResourceType type) => type switch
    {
        ResourceType.JournalArticle => "JOUR",
        ResourceType.ConferencePaper => "CPAPER",
        ResourceType.Patent => "PAT",
        ResourceType.Standard => "STAND",
        ResourceType.TechnicalReport => "RPRT",
        ResourceType.Book => "BOOK",
        ResourceType.BookChapter => "CHAP",
        ResourceType.Thesis => "THES",
        ResourceType.Dataset => "DATA",
        ResourceType.CourseMaterial => "SLIDE",
        ResourceType.PolicyDocument => "GOVDOC",
        ResourceType.News => "NEWS",
        _ => "GEN",
    };

    // JF is a journal's full name, T2 the book or proceedings a chapter or paper sits in, PB a publisher.
    private static string PublisherTag(ResourceType type) => type switch
    {
        ResourceType.JournalArticle => "JF",
        ResourceType.ConferencePaper or ResourceType.BookChapter => "T2",
        _ => "PB",
    };
}
