using System.Net;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>Each protection of the account pages, shown by the attack it stops.</summary>
public sealed class ProtectionTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    public static TheoryData<string> AnonymousForms => new()
    {
        "/en/account/login", "/en/account/register", "/en/account/forgot-password", "/en/account/reset-password", "/en/account/logout",
    };

    [Theory]
    [MemberData(nameof(AnonymousForms))]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRejected(string form)
    {
        using var visitor = portal.NewVisitor();
        await visitor.GetHtmlAsync(form); // the antiforgery cookie is there; only the form's token is missing

        using var response = await visitor.PostAsync(form, new Dictionary<string, string> { ["Email"] = "a@example.org", ["Password"] = "whatever it is" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ACrossSitePostWithTheAttackersOwnTokenDoesNotChangeTheVictimsPassword()
    {
        using var victim = await portal.SignedInAsync($"victim.{Guid.NewGuid():N}@example.org");
        using var attacker = portal.NewVisitor();
        var attackersPage = await attacker.GetHtmlAsync("/en/account/login");
        var attackersToken = System.Text.RegularExpressions.Regex.Match(attackersPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        // The victim's browser sends the victim's cookies with a form another site made, holding a token of that site's visitor.
        using var response = await victim.PostAsync("/en/account/password", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(attackersToken),
            ["CurrentPassword"] = AccountsPortal.Password,
            ["Password"] = "chosen by the attacker",
            ["ConfirmPassword"] = "chosen by the attacker",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ASignedInFormPostedWithoutItsTokenIsRejected()
    {
        using var admin = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);
        await admin.GetHtmlAsync("/en/admin/users");

        using var response = await admin.PostAsync("/en/admin/users?handler=Grant", new Dictionary<string, string> { ["userId"] = "x", ["role"] = AccountRoles.Administrator });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AScriptInANameIsShownAsTextToTheAdministrator()
    {
        const string Payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        using var visitor = portal.NewVisitor();
        using (await visitor.RegisterAsync($"xss.{Guid.NewGuid():N}@example.org", AccountsPortal.Password, Payload)) { }
        using var admin = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);

        var html = await admin.GetHtmlAsync("/en/admin/users");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/account/login")]
    [InlineData("/ar/account/register")]
    [InlineData("/en/admin")]
    public async Task AccountPagesMayNotBeFramedNorRunInlineScript(string path)
    {
        using var visitor = portal.NewVisitor();

        using var response = await visitor.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task OverHttpsBrowsersAreToldToUseHttpsOnly()
    {
        using var secure = portal.NewVisitor("https://silkroad.example.org");
        using var plain = portal.NewVisitor("http://silkroad.example.org");

        using var overHttps = await secure.GetAsync("/en/account/login");
        using var overHttp = await plain.GetAsync("/en/account/login");

        Assert.StartsWith("max-age=", Assert.Single(overHttps.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TheSessionCookieIsHiddenFromScriptsAndNotSentByOtherSitesPosts()
    {
        var email = $"cookie.{Guid.NewGuid():N}@example.org";
        await portal.CreateUserAsync(email);
        using var visitor = portal.NewVisitor("https://silkroad.example.org");

        using var response = await visitor.SignInAsync(email, AccountsPortal.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("silkroad.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AccountPagesAreNeverCompressedSoTheirSecretsCannotBeGuessedFromTheirSize()
    {
        using var visitor = portal.NewVisitor();
        visitor.Client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await visitor.GetAsync("/en/account/login");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
