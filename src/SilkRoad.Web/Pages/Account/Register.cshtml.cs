using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Startup;

namespace SilkRoad.Web.Pages.Account;

/// <summary>
/// Registration. A new address and one that already has an account get the same answer ("check your mailbox"); only
/// the mail differs, and only the address's owner reads it.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Registration)]
public sealed class RegisterModel(AccountRegistration registration, AccountMails mails, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AccountInput.IsEmail(Email)) ModelState.AddModelError(nameof(Email), accountText["Error.EmailInvalid"]);
        if (DisplayName?.Length > 200) ModelState.AddModelError(nameof(DisplayName), accountText["Error.NameTooLong", 200]);
        if (string.IsNullOrEmpty(Password) || Password != ConfirmPassword) ModelState.AddModelError(nameof(Password), accountText["Error.PasswordsDiffer"]);
        if (!ModelState.IsValid) return Page();

        var email = Email!.Trim(); // IsEmail said it is there
        switch (await registration.RegisterAsync(email, DisplayName, Password!, cancellationToken))
        {
            case RegistrationResult.Created created:
                mails.Confirmation(created.User, created.ConfirmationCode);
                break;
            case RegistrationResult.AlreadyRegistered existing:
                mails.AlreadyRegistered(existing.User);
                break;
            case RegistrationResult.Rejected rejected:
                foreach (var error in rejected.Errors) ModelState.AddModelError(nameof(Password), AccountInput.Describe(error, accountText));
                return Page();
        }
        Sent = true;
        ViewData["Message"] = accountText["Register.CheckMailbox", email].Value;
        return Page();
    }
}
