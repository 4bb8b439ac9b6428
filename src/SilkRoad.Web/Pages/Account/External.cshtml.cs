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

/// <summary>Sign-in through the external OpenID Connect provider: off to the provider, and back.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ExternalModel(SignInManager<AccountUser> signIn, ExternalAccountCreation creation, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => LocalRedirect($"/{PortalCultures.Current.Code}/account/login");

    public async Task<IActionResult> OnPostAsync()
    {
        var schemes = await signIn.GetExternalAuthenticationSchemesAsync();
        if (!schemes.Any(s => s.Name == OpenIdConnectProviderOptions.Scheme)) return NotFound();
        var callback = $"/{PortalCultures.Current.Code}/account/external?handler=Callback" +
            (Url.IsLocalUrl(ReturnUrl) ? $"&returnUrl={Uri.EscapeDataString(ReturnUrl)}" : "");
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectProviderOptions.Scheme, callback), OpenIdConnectProviderOptions.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(CancellationToken cancellationToken)
    {
        var home = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"/{PortalCultures.Current.Code}/account";
        if (await signIn.GetExternalLoginInfoAsync() is not { } login) return Failed();
        var result = await signIn.ExternalLoginSignInAsync(login.LoginProvider, login.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (result.Succeeded) return LocalRedirect(home);
        if (result.RequiresTwoFactor) return LocalRedirect($"/{PortalCultures.Current.Code}/account/login-2fa");
        if (result.IsLockedOut || result.IsNotAllowed) return Failed();

        if (await creation.CreateAsync(login, cancellationToken) is not { } user) return Failed();
        await signIn.SignInAsync(user, isPersistent: false, login.LoginProvider);
        return LocalRedirect(home);
    }

    private PageResult Failed()
    {
        ModelState.AddModelError("", accountText["External.Failed"]);
        return Page();
    }
}
