using System.Net;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests;

/// <summary>Just enough HTML reading for page tests: the pages are ours and regular.</summary>
internal static partial class Html
{
    public static (string Lang, string Dir) RootLangDir(string html)
    {
        var match = RootPattern().Match(html);
        Assert.True(match.Success, "no <html lang dir>");
        return (match.Groups["lang"].Value, match.Groups["dir"].Value);
    }

    /// <summary>The text of every text node, entities decoded and whitespace trimmed, scripts left out.</summary>
    public static IEnumerable<string> TextNodes(string html) =>
        TextPattern().Matches(ScriptPattern().Replace(html, ""))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())
            .Where(t => t.Length > 0);

    /// <summary>The values of an attribute wherever it appears.</summary>
    public static IEnumerable<string> AttributeValues(string html, string attribute) =>
        Regex.Matches(html, $"\\s{Regex.Escape(attribute)}=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    /// <summary>The href of each link inside the element that starts at the first match of <paramref name="start"/>.</summary>
    public static List<string> LinksAfter(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, start + " not found");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return HrefPattern().Matches(html[from..to]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    public static string JsonLd(string html)
    {
        var match = JsonLdPattern().Match(html);
        Assert.True(match.Success, "no JSON-LD");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<html lang=\"(?<lang>[^\"]*)\" dir=\"(?<dir>[^\"]*)\">")]
    private static partial Regex RootPattern();

    [GeneratedRegex(">([^<]+)<")]
    private static partial Regex TextPattern();

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
