using System.Globalization;
using System.Text;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Search.Lucene;

/// <summary>The folded form names and subjects are completed on: lower case, no accents, single spaces.</summary>
internal static class Completion
{
    /// <summary>Between the folded key and the value as written, in one completion term: a prefix scan of the key
    /// finds the term, and the value after the separator is what the user sees.</summary>
    public const char Separator = '\u0001';

    public static string Term(string value) => Key(value) + Separator + value;

    public static string Display(string term) => term[(term.IndexOf(Separator, StringComparison.Ordinal) + 1)..];

    public static string Key(string value)
    {
        // string.Normalize throws on an unpaired surrogate, which typed text may hold: it becomes U+FFFD, as in the store.
        var decomposed = TextSanitizer.Clean(value).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) { builder.Append(' '); space = false; }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
