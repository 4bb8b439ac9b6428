using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>Sign-in through a real OpenID Connect provider that the test starts on loopback.</summary>
public sealed class ExternalSignInTests
{
    [Fact]
    public async Task TheFirstSignInThroughTheProviderMakesATraineeAccountAndTheNextFindsIt()
    {
        await using var provider = await OpenIdProvider.StartAsync("http://localhost/signin-oidc");
        await using var portal = PortalWith(provider);
        provider.Person = ("partner-7", "amina@partner.example.org", true);

        using (var first = portal.NewVisitor())
        {
            var login = await first.GetHtmlAsync("/en/account/login");
            Assert.Contains("Sign in with Partner University", login, StringComparison.Ordinal);
            Assert.Equal("/en/account", await SignInThroughProviderAsync(first));
            Assert.Contains("amina@partner.example.org", await first.GetHtmlAsync("/en/account"), StringComparison.Ordinal);
        }
        using (var second = portal.NewVisitor())
            Assert.Equal("/en/account", await SignInThroughProviderAsync(second));

        var user = await portal.InScopeAsync(s => s.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync("amina@partner.example.org"));
        Assert.NotNull(user);
        var logins = await portal.InScopeAsync(s => s.GetRequiredService<UserManager<AccountUser>>().GetLoginsAsync(user));
        Assert.Equal(("oidc", "partner-7"), (Assert.Single(logins).LoginProvider, logins[0].ProviderKey));
    }

    [Fact]
    public async Task TheProviderCannotTakeOverAnAccountThatHasTheSameAddress()
    {
        await using var provider = await OpenIdProvider.StartAsync("http://localhost/signin-oidc");
        await using var portal = PortalWith(provider);
        await portal.CreateUserAsync("admin@silkroad.example.org", SilkRoad.Accounts.Authorization.AccountRoles.Administrator);
        provider.Person = ("attacker", "admin@silkroad.example.org", true);
        using var visitor = portal.NewVisitor();

        var landed = await SignInThroughProviderAsync(visitor);

        Assert.StartsWith("/en/account/external?handler=Callback", landed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/en/admin")).StatusCode);
    }

    [Fact]
    public async Task AnAddressTheProviderHasNotVerifiedMakesNoAccount()
    {
        await using var provider = await OpenIdProvider.StartAsync("http://localhost/signin-oidc");
        await using var portal = PortalWith(provider);
        provider.Person = ("p-9", "unverified@example.org", false);
        using var visitor = portal.NewVisitor();

        await SignInThroughProviderAsync(visitor);

        Assert.Null(await portal.InScopeAsync(s => s.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync("unverified@example.org")));
    }

    private static AccountsPortal PortalWith(OpenIdProvider provider) => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = provider.Authority,
            ["Authentication:OpenIdConnect:ClientId"] = OpenIdProvider.ClientId,
            ["Authentication:OpenIdConnect:ClientSecret"] = OpenIdProvider.ClientSecret,
            ["Authentication:OpenIdConnect:DisplayName"] = "Partner University",
            ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        },
    };

    /// <summary>Follows the redirects a browser would: portal → provider → portal; returns where the portal sends it in the end.</summary>
    private static async Task<string> SignInThroughProviderAsync(Visitor visitor)
    {
        using var challenge = await visitor.SubmitAsync("/en/account/login", new Dictionary<string, string>(), "/en/account/external");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var atProvider = await browser.GetAsync(challenge.Headers.Location);
        Assert.True(atProvider.StatusCode == HttpStatusCode.Redirect, await atProvider.Content.ReadAsStringAsync());
        var back = atProvider.Headers.Location!;
        Assert.Equal("localhost", back.Host);

        using var callback = await visitor.GetAsync(back.PathAndQuery);
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, $"{callback.StatusCode}: {await callback.Content.ReadAsStringAsync()}");
        using var landed = await visitor.GetAsync(callback.Headers.Location!.OriginalString);
        return landed.StatusCode == HttpStatusCode.Redirect ? landed.Headers.Location!.OriginalString : callback.Headers.Location!.OriginalString;
    }
}
