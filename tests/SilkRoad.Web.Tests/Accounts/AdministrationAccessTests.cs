using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>Who reaches the administration area: each role against each of its pages and actions.</summary>
public sealed class AdministrationAccessTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private static readonly string[] AdminPages = ["/en/admin", "/en/admin/users", "/ar/admin/users?page=2", "/zh/admin/api-keys", "/en/admin/audit"];

    public static TheoryData<string> NonAdministratorRoles =>
        new(AccountRoles.All.Where(r => r != AccountRoles.Administrator));

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInFromEveryAdministrationPage()
    {
        using var visitor = portal.NewVisitor();
        foreach (var page in AdminPages)
        {
            using var response = await visitor.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith($"/{page[1..3]}/account/login?returnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(NonAdministratorRoles))]
    public async Task EveryOtherRoleIsForbiddenEveryAdministrationPage(string role)
    {
        using var visitor = await portal.SignedInAsync($"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org", role);
        foreach (var page in AdminPages)
        {
            using var response = await visitor.GetAsync(page);
            Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{role} on {page}: {response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(NonAdministratorRoles))]
    public async Task EveryOtherRoleIsForbiddenToGiveItselfARole(string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        using var visitor = await portal.SignedInAsync(email, role);
        var self = await portal.InScopeAsync(s => s.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(email));

        // A valid antiforgery token from a page this person may open: only the policy stands in the way.
        using var response = await visitor.SubmitAsync("/en/account/password",
            new Dictionary<string, string> { ["userId"] = self!.Id, ["role"] = AccountRoles.Administrator }, "/en/admin/users?handler=Grant");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(AccountRoles.Administrator, await portal.InScopeAsync(s => s.GetRequiredService<UserManager<AccountUser>>().GetRolesAsync(self)));
    }

    [Fact]
    public async Task AnAdministratorSeesTheUsersAndGivesAndTakesRoles()
    {
        using var admin = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);
        var trainee = await portal.CreateUserAsync($"trainee.{Guid.NewGuid():N}@example.org", AccountRoles.Trainee);

        Assert.Contains(trainee.Email!, await admin.GetHtmlAsync("/en/admin/users"), StringComparison.Ordinal);
        using (var granted = await admin.SubmitAsync("/en/admin/users", new Dictionary<string, string> { ["userId"] = trainee.Id, ["role"] = AccountRoles.Reviewer }, "/en/admin/users?handler=Grant"))
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        using (var revoked = await admin.SubmitAsync("/en/admin/users", new Dictionary<string, string> { ["userId"] = trainee.Id, ["role"] = AccountRoles.Trainee }, "/en/admin/users?handler=Revoke"))
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        var roles = await portal.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AccountUser>>();
            return await users.GetRolesAsync((await users.FindByIdAsync(trainee.Id))!);
        });
        Assert.Equal([AccountRoles.Reviewer], roles);
    }

    [Fact]
    public async Task AnAdministratorCannotTakeTheirOwnAdministratorRole()
    {
        var email = $"admin.{Guid.NewGuid():N}@example.org";
        using var admin = await portal.SignedInAsync(email, AccountRoles.Administrator);
        var self = await portal.InScopeAsync(s => s.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(email));

        using var response = await admin.SubmitAsync("/en/admin/users",
            new Dictionary<string, string> { ["userId"] = self!.Id, ["role"] = AccountRoles.Administrator }, "/en/admin/users?handler=Revoke");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/en/admin")).StatusCode);
    }

    [Fact]
    public async Task ARoleTakenAwayEndsThePersonsAccessAtTheirNextRequest()
    {
        var email = $"manager.{Guid.NewGuid():N}@example.org";
        using var former = await portal.SignedInAsync(email, AccountRoles.Administrator);
        using var admin = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);
        var user = await portal.InScopeAsync(s => s.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(email));
        Assert.Equal(HttpStatusCode.OK, (await former.GetAsync("/en/admin")).StatusCode);

        using (await admin.SubmitAsync("/en/admin/users", new Dictionary<string, string> { ["userId"] = user!.Id, ["role"] = AccountRoles.Administrator }, "/en/admin/users?handler=Revoke")) { }

        using var after = await former.GetAsync("/en/admin");
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
    }
}
