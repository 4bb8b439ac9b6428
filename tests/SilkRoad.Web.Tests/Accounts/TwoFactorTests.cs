using System.Net;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests.Accounts;

public sealed partial class TwoFactorTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    [Fact]
    public async Task WithTwoFactorOnThePasswordAloneNoLongerSignsInButTheAppsCodeDoes()
    {
        var email = $"twofactor.{Guid.NewGuid():N}@example.org";
        using var me = await portal.SignedInAsync(email);
        var key = await EnableAsync(me);

        using var phone = portal.NewVisitor();
        using var password = await phone.SignInAsync(email, AccountsPortal.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var second = password.Headers.Location!.OriginalString;
        Assert.StartsWith("/en/account/login-2fa", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/en/account")).StatusCode);

        var wrong = await (await phone.SubmitAsync(second, new Dictionary<string, string> { ["Code"] = WrongCode(key) })).Content.ReadAsStringAsync();
        Assert.Contains("Sign-in failed", Visitor.Messages(wrong), StringComparison.Ordinal);
        using var right = await phone.SubmitAsync(second, new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/en/account", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/en/account")).StatusCode);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnceOnly()
    {
        var email = $"recovery.{Guid.NewGuid():N}@example.org";
        using var me = await portal.SignedInAsync(email);
        var key = await EnableAsync(me, keepCodes: true);
        var code = _codes[0];

        async Task<HttpResponseMessage> SignInWithRecoveryAsync()
        {
            using var visitor = portal.NewVisitor();
            using var password = await visitor.SignInAsync(email, AccountsPortal.Password);
            return await visitor.SubmitAsync(password.Headers.Location!.OriginalString,
                new Dictionary<string, string> { ["Code"] = code, ["IsRecoveryCode"] = "true" });
        }

        using var first = await SignInWithRecoveryAsync();
        using var second = await SignInWithRecoveryAsync();
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEmpty(key);
    }

    [Fact]
    public async Task TheSecondStepCannotBeReachedWithoutThePassword()
    {
        using var visitor = portal.NewVisitor();

        using var response = await visitor.GetAsync("/en/account/login-2fa");

        Assert.Equal("/en/account/login", response.Headers.Location?.OriginalString);
    }

    private List<string> _codes = [];

    private async Task<string> EnableAsync(Visitor me, bool keepCodes = false)
    {
        var page = await me.GetHtmlAsync("/en/account/two-factor");
        Assert.Contains("<img class=\"qr\" src=\"data:image/svg", page, StringComparison.Ordinal);
        var key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.NotEmpty(key);

        var enabled = await (await me.SubmitAsync("/en/account/two-factor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) },
            "/en/account/two-factor?handler=Enable")).Content.ReadAsStringAsync();
        Assert.Contains("Two-factor sign-in is now on", Visitor.Messages(enabled), StringComparison.Ordinal);
        var codes = RecoveryCodePattern().Matches(enabled).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        if (keepCodes) _codes = codes;
        return key;
    }

    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var near = Enumerable.Range(-3, 7).Select(i => Totp.Code(key, now.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    [GeneratedRegex("<code class=\"secret\">([a-z0-9 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
