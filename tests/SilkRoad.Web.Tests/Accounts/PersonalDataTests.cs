using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Web.Tests.Accounts;

public sealed class PersonalDataTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    [Fact]
    public async Task APersonDownloadsTheirOwnDataAndNeverAnothersWhateverIdTheySend()
    {
        var other = await portal.CreateUserAsync($"other.{Guid.NewGuid():N}@example.org", AccountRoles.Trainee);
        var email = $"me.{Guid.NewGuid():N}@example.org";
        using var me = await portal.SignedInAsync(email, AccountRoles.Trainee);

        using var response = await me.SubmitAsync("/en/account/personal-data",
            new Dictionary<string, string> { ["userId"] = other.Id, ["id"] = other.Id }, "/en/account/personal-data?handler=Download&userId=" + other.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        Assert.Equal(email, document.RootElement.GetProperty("account").GetProperty("email").GetString());
        Assert.DoesNotContain(other.Email!, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousVisitorsCannotDownloadAnything()
    {
        using var visitor = portal.NewVisitor();
        await visitor.GetHtmlAsync("/en/account/login");

        using var response = await visitor.SubmitAsync("/en/account/login", new Dictionary<string, string>(), "/en/account/personal-data?handler=Download");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/en/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADownloadIsInTheAuditLogThatAdministratorsReadOnThePageAndThroughTheApi()
    {
        var email = $"logged.{Guid.NewGuid():N}@example.org";
        using var me = await portal.SignedInAsync(email, AccountRoles.Trainee);
        using (await me.SubmitAsync("/en/account/personal-data", new Dictionary<string, string>(), "/en/account/personal-data?handler=Download")) { }
        using var admin = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);

        var page = await admin.GetHtmlAsync("/en/admin/audit");
        Assert.Contains($"<td>{email}</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>exported</td>", page, StringComparison.Ordinal);

        var adminKey = await portal.InScopeAsync(s => s.GetRequiredService<ApiKeyStore>().CreateAsync("audit script", [ApiKeyScopes.Admin], "admin", CancellationToken.None));
        var importKey = await portal.InScopeAsync(s => s.GetRequiredService<ApiKeyStore>().CreateAsync("import", [ApiKeyScopes.CatalogueWrite], "admin", CancellationToken.None));
        using var machine = portal.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", adminKey.Secret);
        var lines = await machine.GetFromJsonAsync<List<JsonElement>>(new Uri("/api/admin/audit?take=1000", UriKind.Relative));
        Assert.Contains(lines!, l => l.GetProperty("actor").GetString() == email && l.GetProperty("action").GetString() == "exported");

        using var importer = portal.CreateClient();
        importer.DefaultRequestHeaders.Add("X-Api-Key", importKey.Secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await importer.GetAsync(new Uri("/api/admin/audit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ErasingNeedsThePasswordThenClosesTheAccountAndFreesTheAddress()
    {
        var email = $"leaving.{Guid.NewGuid():N}@example.org";
        using var me = await portal.SignedInAsync(email, AccountRoles.Trainee);

        var refused = await (await me.SubmitAsync("/en/account/personal-data", new Dictionary<string, string> { ["Password"] = "not my password" },
            "/en/account/personal-data?handler=Erase")).Content.ReadAsStringAsync();
        Assert.Contains("The current password is wrong", Visitor.Messages(refused), StringComparison.Ordinal);

        var erased = await (await me.SubmitAsync("/en/account/personal-data", new Dictionary<string, string> { ["Password"] = AccountsPortal.Password },
            "/en/account/personal-data?handler=Erase")).Content.ReadAsStringAsync();
        Assert.Contains("Your data is erased", Visitor.Messages(erased), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await me.GetAsync("/en/account")).StatusCode);
        using var again = portal.NewVisitor();
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync(email, AccountsPortal.Password)).StatusCode);
        using (await again.RegisterAsync(email, "a new life, a new passphrase")) { }
        Assert.Contains("Welcome to SilkRoad", Assert.Single(await portal.MailToAsync(email)), StringComparison.Ordinal);
    }
}
