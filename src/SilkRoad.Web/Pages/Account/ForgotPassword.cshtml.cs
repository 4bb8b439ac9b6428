using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Startup;

namespace SilkRoad.Web.Pages.Account;

/// <summary>Asks for a reset link. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ForgotPasswordModel(UserManager<AccountUser> users, AccountMails mails, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AccountInput.IsEmail(Email))
        {
            ModelState.AddModelError(nameof(Email), accountText["Error.EmailInvalid"]);
            return Page();
        }
        var user = await users.FindByEmailAsync(Email!.Trim()); // IsEmail said it is there
        if (user is { EmailConfirmed: true, ErasedAt: null })
            mails.Reset(user, await users.GeneratePasswordResetTokenAsync(user));
        Sent = true;
        ViewData["Message"] = accountText["Forgot.Sent"].Value;
        return Page();
    }
}
