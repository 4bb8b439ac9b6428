using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Deduplication;

/// <summary>
/// The keys under which a record meets its duplicates: each uniquely identifying identifier (DOI, arXiv id, patent
/// number, standard number, OpenAlex id), and one near-duplicate key per title built from the normalised title, the
/// year and the first author's family name and initial. A record without an author has no near-duplicate key: "Editorial
/// Board, 2020" alone names hundreds of different items.
/// </summary>
public static class DeduplicationKeys
{
    // A short title ("Introduction", "Editorial") is shared by unrelated works; below this many letters it never matches.
    private const int MinimumTitleLetters = 12;

    public static IReadOnlyList<string> For(ResourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = new List<string>();
        foreach (var identifier in record.Identifiers)
        {
            if (identifier.IdentifiesUniquely && !keys.Contains(identifier.Key)) keys.Add(identifier.Key);
        }
        if (record.Year is { } year && record.Contributors.Count > 0 && AuthorKey(record.Contributors[0].Name) is { Length: > 0 } author)
        {
            foreach (var title in record.Titles)
            {
                var normalized = NormalizeTitle(title.Text);
                if (normalized.Length < MinimumTitleLetters) continue;
                var key = MatchKey(normalized, year, author);
                if (!keys.Contains(key)) keys.Add(key);
            }
        }
        return keys;
    }

    /// <summary>
    /// Folds case, accents, width and punctuation: "Solar-Powered Desalination." and "solar powered desalination"
    /// normalise alike; Chinese, Arabic and Cyrillic letters are kept as they are.
    /// </summary>
    public static string NormalizeTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var decomposed = title.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>
    /// Family name and the first letter of the given names: "Wang, Wei" and "Wei Wang" give <c>wang|w</c>, and
    /// "Wang, Lei" <c>wang|l</c>, so two Wangs with one title and year stay two works. A name written without spaces
    /// (王伟, as Chinese names are) is kept whole.
    /// </summary>
    public static string AuthorKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        string family, given;
        if (comma > 0)
        {
            family = name[..comma];
            given = name[(comma + 1)..];
        }
        else
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            family = words.LastOrDefault() ?? "";
            given = words.Length > 1 ? words[0] : "";
        }
        var normalizedGiven = NormalizeTitle(given);
        return NormalizeTitle(family) + (normalizedGiven.Length > 0 ? "|" + normalizedGiven[0] : "");
    }

    private static string MatchKey(string normalizedTitle, int year, string author)
    {
        // Hashed: the key is an index entry on millions of rows, and 128 bits keep collisions out of reach.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{normalizedTitle}|{year}|{author}"));
        return "match:" + Convert.ToBase64String(hash, 0, 16).TrimEnd('=');
    }
}
