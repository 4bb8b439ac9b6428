using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Cultures;
using SilkRoad.Web.Startup;

namespace SilkRoad.Web.Pages.Account;

/// <summary>
/// The second step of signing in, for accounts with two-factor on: a code from the authenticator app, or one of the
/// recovery codes. Wrong codes count towards the lockout as wrong passwords do.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class LoginTwoFactorModel(SignInManager<AccountUser> signIn, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool IsRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? LocalRedirect($"/{PortalCultures.Current.Code}/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return LocalRedirect($"/{PortalCultures.Current.Code}/account/login");
        // Recovery codes are stored with their hyphen (XXXXX-XXXXX); app codes are digits that people space out.
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = IsRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace("-", "", StringComparison.Ordinal), RememberMe, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"/{PortalCultures.Current.Code}/account");
        ModelState.AddModelError(nameof(Code), accountText["TwoFactor.SignInFailed"]);
        return Page();
    }
}
