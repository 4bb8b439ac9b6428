using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using QRCoder;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Startup;

namespace SilkRoad.Web.Pages.Account.Manage;

/// <summary>
/// Optional two-factor sign-in with an authenticator app (TOTP): the key as a QR code and as text, a first code to
/// prove the app has it, then ten recovery codes shown once.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class TwoFactorModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, IStringLocalizer<AccountText> accountText) : PageModel
{
    public bool Enabled { get; private set; }

    public string? SharedKey { get; private set; }

    /// <summary>The QR code as an SVG data URI: an image, so the Content-Security-Policy's <c>img-src data:</c> allows it.</summary>
    public string? QrCode { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), accountText["TwoFactor.WrongCode"]);
            return await ShowAsync(user);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        ViewData["Message"] = accountText["TwoFactor.EnabledNow"].Value;
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (string.IsNullOrEmpty(Password) || !await users.CheckPasswordAsync(user, Password))
        {
            ModelState.AddModelError(nameof(Password), accountText["ChangePassword.Failed"]);
            return await ShowAsync(user);
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key: the old one, perhaps on a lost phone, must not work again if two-factor is turned back on.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        ViewData["Message"] = accountText["TwoFactor.DisabledNow"].Value;
        return await ShowAsync(user);
    }

    private async Task<PageResult> ShowAsync(AccountUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                // A new key renews the security stamp, which would end this very session at its next request.
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            }
            SharedKey = AuthenticatorUri.Readable(key);
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(AuthenticatorUri.For(user.Email ?? "", key), QRCodeGenerator.ECCLevel.M);
            var svg = new SvgQRCode(data).GetGraphic(4);
            QrCode = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
        }
        return Page();
    }
}
