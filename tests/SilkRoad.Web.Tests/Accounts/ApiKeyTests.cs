using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Web.Tests.Accounts;

public sealed partial class ApiKeyTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    [Fact]
    public async Task AnAdministratorMakesAKeyThatIsShownOnceWorksForAMachineAndStopsWhenRevoked()
    {
        using var admin = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);
        var name = "nightly import " + Guid.NewGuid().ToString("N");

        using var made = await admin.SubmitAsync("/en/admin/api-keys", new Dictionary<string, string> { ["Name"] = name, ["Scopes"] = ApiKeyScopes.CatalogueWrite }, "/en/admin/api-keys?handler=Create");
        var secret = KeyPattern().Match(await made.Content.ReadAsStringAsync()).Value;
        Assert.NotEmpty(secret);
        var list = await admin.GetHtmlAsync("/en/admin/api-keys");
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);

        using var machine = portal.CreateClient();
        using (var byHeader = await Ask(machine, secret, header: true))
        {
            Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
            var identity = await byHeader.Content.ReadFromJsonAsync<KeyAnswer>();
            Assert.Equal(name, identity!.Name);
            Assert.Equal([ApiKeyScopes.CatalogueWrite], identity.Scopes);
        }
        using (var byAuthorization = await Ask(machine, secret, header: false))
            Assert.Equal(HttpStatusCode.OK, byAuthorization.StatusCode);

        var id = Regex.Match(list, $"<td>{Regex.Escape(name)}</td>.*?name=\"id\" value=\"(\\d+)\"", RegexOptions.Singleline).Groups[1].Value;
        using (await admin.SubmitAsync("/en/admin/api-keys", new Dictionary<string, string> { ["id"] = id }, "/en/admin/api-keys?handler=Revoke")) { }

        using var revoked = await Ask(machine, secret, header: true);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task TheApiAnswers401WithoutAKeyWithAWrongKeyAndToASessionCookie()
    {
        using var machine = portal.CreateClient();
        using var admin = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);

        using var none = await machine.GetAsync(new Uri("/api/accounts/key", UriKind.Relative));
        using var wrong = await Ask(machine, "sr_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", header: true);
        using var cookie = await admin.GetAsync("/api/accounts/key");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("ApiKey", none.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.StatusCode);
    }

    private static async Task<HttpResponseMessage> Ask(HttpClient client, string key, bool header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/accounts/key", UriKind.Relative));
        if (header) request.Headers.Add("X-Api-Key", key);
        else request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return await client.SendAsync(request);
    }

    private sealed record KeyAnswer(string? Name, List<string> Scopes);

    [GeneratedRegex("sr_[0-9a-f]{12}_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();
}
