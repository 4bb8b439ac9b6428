using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Deduplication;

/// <summary>
/// The keys under which a record meets its duplicates: each uniquely identifying identifier (DOI, arXiv id, patent
/// number, standard number, OpenAlex id), and one near-duplicate key per title built from the normalised title, the
/// year and the first author's family name.
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
        if (record.Year is { } year)
        {
            var author = record.Contributors.Count > 0 ? FamilyName(record.Contributors[0].Name) : "";
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

    /// <summary>"Wang, Li" and "Li Wang" both give "wang" only when written family-first; we take the part before a
    /// comma, else the last word, else (one word, as Chinese names are written) the whole name.</summary>
    public static string FamilyName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var family = comma > 0 ? name[..comma] : name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return NormalizeTitle(family);
    }

    private static string MatchKey(string normalizedTitle, int year, string author)
    {
        // Hashed: the key is an index entry on millions of rows, and 128 bits keep collisions out of reach.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{normalizedTitle}|{year}|{author}"));
        return "match:" + Convert.ToBase64String(hash, 0, 16).TrimEnd('=');
    }
}
