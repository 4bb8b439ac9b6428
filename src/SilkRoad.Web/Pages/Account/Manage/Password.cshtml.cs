using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Startup;

namespace SilkRoad.Web.Pages.Account.Manage;

/// <summary>
/// Changes the password. Identity renews the security stamp, which ends every other session of the account at its
/// next request (AccountsOptions.SecurityStampValidationInterval); this one is signed in again with the new stamp.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class PasswordModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (string.IsNullOrEmpty(Password) || Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(Password), accountText["Error.PasswordsDiffer"]);
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, CurrentPassword ?? "", Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? accountText["ChangePassword.Failed"] : AccountInput.Describe(error, accountText));
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        ViewData["Message"] = accountText["ChangePassword.Done"].Value;
        return Page();
    }
}
