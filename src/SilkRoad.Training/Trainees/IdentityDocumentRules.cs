namespace SilkRoad.Training.Trainees;

/// <summary>
/// What a passport or ID number and a postal address may be, wherever they are typed (the application form, a
/// partner's nomination, a cohort file): one rule, so that a number refused on one is refused on all.
/// </summary>
public static class IdentityDocumentRules
{
    /// <summary>Passports (ICAO 9303: 9 characters) and national ID numbers are short; 30 leaves room for spacing.</summary>
    public const int MaxPassportLength = 30;

    public const int MaxAddressLength = 500;

    /// <summary>Letters and digits, with spaces and hyphens between them, as numbers are printed; at least one letter or digit.</summary>
    public static bool IsPassportNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(char.IsLetterOrDigit) && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-');
    }
}
