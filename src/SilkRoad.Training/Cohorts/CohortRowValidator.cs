using System.Globalization;
using System.Net.Mail;
using SilkRoad.Core.Countries;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Cohorts;

/// <summary>
/// Checks one row of a cohort file on its own and names every problem of it. What needs the store (the person already
/// enrolled, the session full) or the other rows (a person twice in the file) is <see cref="CohortImporter"/>'s.
/// E-mail and birth date are optional, but without either a person cannot be found again on a later import.
/// </summary>
public static class CohortRowValidator
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 300;

    public static CohortPerson? Validate(CohortRow row, DateOnly today, List<CohortProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        void Add(CohortColumn column, CohortProblemCode code) => problems.Add(new CohortProblem(row.Number, column, code));

        var latin = row[CohortColumn.LatinName];
        if (latin is null) Add(CohortColumn.LatinName, CohortProblemCode.MissingName);
        else if (latin.Length > MaxNameLength) Add(CohortColumn.LatinName, CohortProblemCode.TooLong);
        else if (latin.Any(c => char.IsLetter(c) && c > '\u024F')) Add(CohortColumn.LatinName, CohortProblemCode.NotLatinScript);
        var native = row[CohortColumn.NativeName] ?? latin;
        if (native is { Length: > MaxNameLength }) Add(CohortColumn.NativeName, CohortProblemCode.TooLong);

        var email = row[CohortColumn.Email];
        if (email is not null && !IsEmail(email)) Add(CohortColumn.Email, CohortProblemCode.BadEmail);

        string? country = null;
        var countryText = row[CohortColumn.Country];
        if (countryText is null) Add(CohortColumn.Country, CohortProblemCode.MissingCountry);
        else if (!CountryCodes.TryNormalize(countryText, out country)) Add(CohortColumn.Country, CohortProblemCode.UnknownCountry);

        DateOnly? born = null;
        if (row[CohortColumn.BirthDate] is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date <= today.AddYears(-15) && date >= today.AddYears(-100))
                born = date;
            else
                Add(CohortColumn.BirthDate, CohortProblemCode.BadBirthDate);
        }

        var gender = Gender.Unspecified;
        if (row[CohortColumn.Gender] is { } genderText && !TryGender(genderText, out gender))
            Add(CohortColumn.Gender, CohortProblemCode.BadGender);

        var institution = row[CohortColumn.Institution];
        if (institution is { Length: > MaxTextLength }) Add(CohortColumn.Institution, CohortProblemCode.TooLong);
        var discipline = row[CohortColumn.Discipline];
        if (discipline is { Length: > MaxTextLength }) Add(CohortColumn.Discipline, CohortProblemCode.TooLong);

        var passport = row[CohortColumn.PassportNumber];
        if (passport is { Length: > IdentityDocumentRules.MaxPassportLength }) Add(CohortColumn.PassportNumber, CohortProblemCode.TooLong);
        else if (passport is not null && !IdentityDocumentRules.IsPassportNumber(passport)) Add(CohortColumn.PassportNumber, CohortProblemCode.BadPassportNumber);
        var address = row[CohortColumn.Address];
        if (address is { Length: > IdentityDocumentRules.MaxAddressLength }) Add(CohortColumn.Address, CohortProblemCode.TooLong);

        if (problems.Count > before) return null;
        return new CohortPerson(native!, latin!, email, country!, born, gender, institution, discipline, passport, address); // all checked above
    }

    private static bool TryGender(string text, out Gender gender)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "F":
                gender = Gender.Female;
                return true;
            case "M":
                gender = Gender.Male;
                return true;
            default:
                return Enum.TryParse(text, ignoreCase: true, out gender) && Enum.IsDefined(gender) && !int.TryParse(text, out _);
        }
    }

    private static bool IsEmail(string text) =>
        text.Length <= MaxTextLength && MailAddress.TryCreate(text, out var address) && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);
}
