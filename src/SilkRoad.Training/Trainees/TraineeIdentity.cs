using System.Globalization;
using System.Text;

namespace SilkRoad.Training.Trainees;

/// <summary>
/// The keys that say two records are the same person: the e-mail address (case folded), or the Latin name (accents,
/// case, spacing and word order folded: passports and forms disagree on "IVANOV Ivan" and "Ivan Ivanov") with the
/// birth date and country. A name alone is never a key: two engineers from one country may share it.
/// </summary>
public static class TraineeIdentity
{
    public static string? EmailKey(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static string? PersonKey(string? latinName, DateOnly? birthDate, string? countryCode)
    {
        if (string.IsNullOrWhiteSpace(latinName) || birthDate is not { } born || string.IsNullOrWhiteSpace(countryCode)) return null;
        var words = Fold(latinName).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        return string.Join(' ', words) + "|" + born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "|" +
            countryCode.Trim().ToUpperInvariant();
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString();
    }
}
