using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Startup;

namespace SilkRoad.Web.Pages.Account;

/// <summary>
/// Chooses a new password with the code from a reset mail (or from <c>silkroad admin create</c>). An unknown address
/// and a bad code get the same answer. A successful reset proves the mailbox is the owner's, so it also lifts a lockout.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ResetPasswordModel(UserManager<AccountUser> users, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password) || Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(Password), accountText["Error.PasswordsDiffer"]);
            return Page();
        }
        var user = string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Code) ? null : await users.FindByEmailAsync(Email.Trim());
        var result = user is null ? IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken())
            : await users.ResetPasswordAsync(user, Code!, Password); // Code checked just above
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Code == nameof(IdentityErrorDescriber.InvalidToken)
                    ? accountText["Reset.Failed"] : AccountInput.Describe(error, accountText));
            }
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user!); // a failed result above covers a null user
        await users.SetLockoutEndDateAsync(user!, null);
        Done = true;
        ViewData["Message"] = accountText["Reset.Done"].Value;
        return Page();
    }
}
