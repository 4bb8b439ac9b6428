using System.Globalization;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace SilkRoad.Web.Pages.Account;

/// <summary>Checks and messages shared by the account forms.</summary>
internal static class AccountInput
{
    public static bool IsEmail(string? text) =>
        text is { Length: > 2 and <= 256 } && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim();

    /// <summary>Identity's own descriptions are English; the ones a person can fix get their language's text.</summary>
    public static string Describe(IdentityError error, IStringLocalizer<AccountText> accountText) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => accountText["Error.PasswordTooShort", Number(error.Description)],
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => accountText["Error.PasswordRequiresUniqueChars", Number(error.Description)],
        _ => accountText["Error.Generic"],
    };

    // "Passwords must be at least 12 characters." carries the only number the message needs.
    private static string Number(string description) =>
        new string(description.Where(char.IsAsciiDigit).ToArray()) is { Length: > 0 } digits
            ? int.Parse(digits, CultureInfo.InvariantCulture).ToString(CultureInfo.CurrentCulture)
            : "";
}
