using Microsoft.AspNetCore.Authentication;
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
/// Sign-in. Every failure gets one message, whether the address is unknown, the password wrong, the address not yet
/// confirmed or the account locked, so the form never tells which addresses have accounts.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class LoginModel(SignInManager<AccountUser> signIn, SignInTiming timing, IStringLocalizer<AccountText> accountText) : PageModel
{
    /// <summary>The external providers configured (none, or the OpenID Connect one), each a button on the form.</summary>
    public IReadOnlyList<AuthenticationScheme> ExternalProviders { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync() => ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalProviders = (await signIn.GetExternalAuthenticationSchemesAsync()).ToList();
        if (!string.IsNullOrWhiteSpace(Email) && !string.IsNullOrEmpty(Password))
        {
            var user = await signIn.UserManager.FindByNameAsync(Email.Trim());
            var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
            // Unknown, unconfirmed or locked out: Identity answered without checking the password, so it is checked
            // here against nothing, and the answer takes as long as a wrong password's.
            if (user is null || result.IsNotAllowed || result.IsLockedOut) timing.SpendAPasswordCheck(Password);
            if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"/{PortalCultures.Current.Code}/account");
            // The password was right; the second factor decides. Saying so reveals nothing the password did not.
            if (result.RequiresTwoFactor)
            {
                return LocalRedirect($"/{PortalCultures.Current.Code}/account/login-2fa?rememberMe={RememberMe}" +
                    (Url.IsLocalUrl(ReturnUrl) ? $"&returnUrl={Uri.EscapeDataString(ReturnUrl)}" : ""));
            }
        }
        ModelState.AddModelError("", accountText["Login.Failed"]);
        return Page();
    }
}
