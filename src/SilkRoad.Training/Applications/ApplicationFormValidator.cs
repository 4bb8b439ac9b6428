using System.Globalization;
using System.Net.Mail;
using SilkRoad.Core.Countries;
using SilkRoad.Core.Languages;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Applications;

/// <summary>
/// Checks every field of an application form and names every problem at once, so an applicant fixes them in one go.
/// The call's own rules (open, eligible countries) are checked by <see cref="ApplicationSubmitter"/> against the session.
/// </summary>
public static class ApplicationFormValidator
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 300;
    public const int MaxMotivationLength = 4000;

    public static List<ApplicationProblem> Validate(ApplicationForm form, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<ApplicationProblem>();
        void Add(ApplicationField field, ApplicationProblemCode code) => problems.Add(new ApplicationProblem(field, code));

        Text(form.NativeName, ApplicationField.NativeName, MaxNameLength, required: true, problems);
        if (Text(form.LatinName, ApplicationField.LatinName, MaxNameLength, required: true, problems)
            && form.LatinName!.Any(c => char.IsLetter(c) && c > '\u024F'))
            Add(ApplicationField.LatinName, ApplicationProblemCode.NotLatinScript);
        if (string.IsNullOrWhiteSpace(form.BirthDate)) Add(ApplicationField.BirthDate, ApplicationProblemCode.Required);
        else if (!DateOnly.TryParseExact(form.BirthDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
            Add(ApplicationField.BirthDate, ApplicationProblemCode.InvalidDate);
        else if (born > today.AddYears(-18) || born < today.AddYears(-80))
            Add(ApplicationField.BirthDate, ApplicationProblemCode.OutOfRange);
        if (string.IsNullOrWhiteSpace(form.Country)) Add(ApplicationField.Country, ApplicationProblemCode.Required);
        else if (!CountryCodes.TryNormalize(form.Country, out _)) Add(ApplicationField.Country, ApplicationProblemCode.UnknownCountry);
        if (!string.IsNullOrWhiteSpace(form.Gender) && !Enum.TryParse<Gender>(form.Gender, ignoreCase: true, out _))
            Add(ApplicationField.Gender, ApplicationProblemCode.InvalidChoice);
        Text(form.Institution, ApplicationField.Institution, MaxTextLength, required: true, problems);
        Text(form.Discipline, ApplicationField.Discipline, MaxTextLength, required: true, problems);
        if (Text(form.Email, ApplicationField.Email, MaxTextLength, required: true, problems) && !IsEmail(form.Email!))
            Add(ApplicationField.Email, ApplicationProblemCode.InvalidEmail);
        Text(form.Phone, ApplicationField.Phone, 40, required: false, problems);
        if (Text(form.PassportNumber, ApplicationField.PassportNumber, IdentityDocumentRules.MaxPassportLength, required: false, problems)
            && !IdentityDocumentRules.IsPassportNumber(form.PassportNumber!.Trim()))
            Add(ApplicationField.PassportNumber, ApplicationProblemCode.InvalidDocumentNumber);
        Text(form.Address, ApplicationField.Address, IdentityDocumentRules.MaxAddressLength, required: false, problems);
        if (!string.IsNullOrWhiteSpace(form.Languages) && LanguageCodes(form.Languages) is null)
            Add(ApplicationField.Languages, ApplicationProblemCode.InvalidChoice);
        Text(form.Motivation, ApplicationField.Motivation, MaxMotivationLength, required: false, problems);
        return problems;
    }

    /// <summary>The form's language codes, normalised and space-separated; null when one is not a language tag.</summary>
    public static string? LanguageCodes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var codes = text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(Language.NormalizeCode).ToList();
        return codes.Contains(Language.UndeterminedCode) ? null : string.Join(' ', codes.Distinct());
    }

    private static bool Text(string? value, ApplicationField field, int maxLength, bool required, List<ApplicationProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) problems.Add(new ApplicationProblem(field, ApplicationProblemCode.Required));
            return false;
        }
        if (value.Trim().Length > maxLength)
        {
            problems.Add(new ApplicationProblem(field, ApplicationProblemCode.TooLong));
            return false;
        }
        return true;
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim() && address.Host.Contains('.', StringComparison.Ordinal);
}
