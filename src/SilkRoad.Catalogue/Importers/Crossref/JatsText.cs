using System.Net;
using System.Text.RegularExpressions;

namespace SilkRoad.Catalogue.Importers.Crossref;

/// <summary>
/// Plain text from the markup Crossref passes through from publishers: JATS in abstracts (<c>&lt;jats:p&gt;</c>),
/// and inline HTML or JATS in titles (<c>&lt;i&gt;</c>, <c>&lt;sub&gt;</c>), with entities decoded and whitespace collapsed.
/// </summary>
internal static partial class JatsText
{
    // Block elements end a word; inline ones do not (H<sub>2</sub>O must stay H2O).
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "sec", "title", "label", "caption", "list", "list-item", "def-list", "def-item", "disp-quote",
        "disp-formula", "table-wrap", "table", "tr", "td", "th", "fig", "boxed-text", "break", "br", "abstract",
        "trans-abstract", "div",
    };

    // A heading that only says "this is the abstract", in the languages we serve; other section titles are content.
    private static readonly HashSet<string> AbstractHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "abstract", "summary", "résumé", "resume", "resumen", "аннотация", "реферат", "摘要", "ملخص", "الملخص",
    };

    public static string ToPlainText(string? markup)
    {
        if (string.IsNullOrWhiteSpace(markup)) return "";
        var text = LeadingHeading().Replace(markup, match =>
            AbstractHeadings.Contains(match.Groups["text"].Value.Trim().TrimEnd(':', '.', '：')) ? " " : match.Value);
        text = Tag().Replace(text, match => BlockElements.Contains(match.Groups["name"].Value) ? " " : "");
        return Collapse(WebUtility.HtmlDecode(text));
    }

    public static string Collapse(string text) => TextCleaner.Collapse(text) ?? "";

    // A tag starts with a letter right after '<' or '</' (with an optional jats: or mml: prefix), so "x < y" survives.
    [GeneratedRegex(@"<!--.*?-->|<[!?][^<>]*>|</?(?:[A-Za-z][\w.-]*:)?(?<name>[A-Za-z][\w.-]*)(?:\s[^<>]*)?/?>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*<(?:jats:)?title[^>]*>(?<text>[^<]*)</(?:jats:)?title>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingHeading();
}
