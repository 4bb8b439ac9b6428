using System.Globalization;
using System.Text;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Core.Identifiers;
using SilkRoad.Core.Languages;
using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Catalogue.Export;

/// <summary>
/// Writes a resource as one BibTeX entry in UTF-8, with biblatex's entry types where classic BibTeX has none
/// (<c>@dataset</c>, <c>@patent</c>, <c>@report</c>, <c>@thesis</c>): biber and modern BibTeX read UTF-8, so
/// Chinese, Arabic and Cyrillic stay as they are and only LaTeX's special characters are escaped.
/// </summary>
public static class BibtexWriter
{
    public static string Write(ResourceDocument document, string key)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, key, output);
        return output.ToString();
    }

    public static void Write(ResourceDocument document, string key, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(output);

        output.Write('@');
        output.Write(EntryType(document.Type));
        output.Write('{');
        output.Write(Key(key));
        output.Write(",\n");

        void Field(string name, string? value, bool verbatim = false) =>
            Raw(name, value is null ? null : verbatim ? EscapeVerbatim(value) : Escape(value));

        void Raw(string name, string? escaped)
        {
            if (string.IsNullOrWhiteSpace(escaped)) return;
            output.Write("  ");
            output.Write(name);
            output.Write(" = {");
            output.Write(escaped);
            output.Write("},\n");
        }

        if (document.Titles.Count > 0)
        {
            var title = document.Titles[0];
            // Double braces keep the title's capitals: styles would otherwise lower-case "PV" or "Gwadar".
            Raw("title", "{" + Escape(title.Text) + "}");
            Field("langid", LanguageName(title.Language));
        }
        Raw("author", string.Join(" and ", document.Contributors.Select(c => Name(c.Name))));
        Field(PublisherField(document.Type), document.Publisher);
        Field("year", document.Year?.ToString(CultureInfo.InvariantCulture));
        Field("date", document.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        foreach (var identifier in document.Identifiers)
        {
            switch (identifier.Kind)
            {
                case IdentifierKind.Doi: Field("doi", identifier.Value, verbatim: true); break;
                case IdentifierKind.Isbn: Field("isbn", identifier.Value, verbatim: true); break;
                case IdentifierKind.Issn: Field("issn", identifier.Value, verbatim: true); break;
                case IdentifierKind.Url: Field("url", identifier.Value, verbatim: true); break;
                case IdentifierKind.ArxivId:
                    Field("eprint", identifier.Value, verbatim: true);
                    Field("eprinttype", "arxiv");
                    break;
                case IdentifierKind.PatentNumber when document.Type == ResourceType.Patent:
                    Field("number", identifier.Value, verbatim: true);
                    break;
            }
        }

        // One value per field: BibTeX has no place for the other languages' abstracts.
        if (document.Abstracts.Count > 0) Field("abstract", document.Abstracts[0].Text);
        // Keywords are separated by commas, so a comma inside one would split it.
        Field("keywords", string.Join(", ", document.Keywords.Select(k => k.Text.Replace(',', ' '))));
        Field("note", document.Licence is { } licence ? "Licence: " + licence : null);
        output.Write("}\n");
    }

    /// <summary>
    /// Escapes LaTeX's special characters in text, and breaks up the pairs that LaTeX turns into typography
    /// (<c>--</c> into a dash, <c>``</c> and <c>''</c> into quotes) so that the text reads back as it was.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '\\': output.Append(@"\textbackslash{}"); break;
                case '{' or '}' or '%' or '&' or '#' or '$' or '_': output.Append('\\').Append(c); break;
                case '~': output.Append(@"\textasciitilde{}"); break;
                case '^': output.Append(@"\textasciicircum{}"); break;
                case '\r' or '\n' or '\t': output.Append(' '); break;
                case '-' or '`' or '\'' when next == c: output.Append(c).Append("{}"); break;
                default: output.Append(c); break;
            }
        }
        return output.ToString();
    }

    // Identifiers and URLs are read verbatim (no dashes or tildes turned into typography); only braces, the value's
    // delimiters, and the characters LaTeX would still act on need a backslash.
    private static string EscapeVerbatim(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '{' or '}' or '%' or '#' or '&' or '_' or '$' or '~') output.Append('\\');
            output.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
        }
        return output.ToString();
    }

    // A name is written as the source wrote it. Braces make it one unit where BibTeX would split it: at a word "and"
    // (two people) or at a comma ("Family, Given"). Its own LaTeX specials are escaped inside.
    private static string Name(string name)
    {
        var escaped = Escape(name);
        var needsBraces = name.Contains(',', StringComparison.Ordinal)
            || name.Split(' ').Any(word => word.Equals("and", StringComparison.OrdinalIgnoreCase));
        return needsBraces ? "{" + escaped + "}" : escaped;
    }

    // BibTeX keys may not hold spaces, commas, braces or quotes.
    private static string Key(string key) =>
        new(key.Where(c => !char.IsWhiteSpace(c) && c is not (',' or '{' or '}' or '"' or '#' or '%' or '\\')).ToArray());

    private static string EntryType(ResourceType type) => type switch
    {
        ResourceType.JournalArticle => "article",
        ResourceType.ConferencePaper => "inproceedings",
        ResourceType.Patent => "patent",
        ResourceType.Standard => "standard",
        ResourceType.TechnicalReport => "report",
        ResourceType.Book => "book",
        ResourceType.BookChapter => "incollection",
        ResourceType.Thesis => "thesis",
        ResourceType.Dataset => "dataset",
        _ => "misc",
    };

    private static string PublisherField(ResourceType type) => type switch
    {
        ResourceType.JournalArticle => "journal",
        ResourceType.ConferencePaper or ResourceType.BookChapter => "booktitle",
        ResourceType.TechnicalReport => "institution",
        ResourceType.Thesis => "school",
        _ => "publisher",
    };

    // biblatex's langid takes babel names; only the working languages have one we are sure of.
    private static string? LanguageName(string code) =>
        Language.TryFind(code, out var language) ? language.EnglishName.ToLowerInvariant() : null;
}
