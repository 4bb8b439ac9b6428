using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Accounts.Tests.Users;

public sealed class AdministratorCreationTests
{
    [Fact]
    public async Task TheFirstAdministratorHasNoPasswordUntilTheSetPasswordCodeIsUsedOnce()
    {
        await using var host = await AccountsHost.StartAsync();

        var (_, code) = await host.InScopeAsync(services =>
            services.GetRequiredService<AdministratorCreation>().CreateAsync("admin@example.org", CancellationToken.None));

        await host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AccountUser>>();
            var admin = await users.FindByEmailAsync("admin@example.org");
            Assert.NotNull(admin);
            Assert.Null(admin.PasswordHash);
            Assert.True(admin.EmailConfirmed);
            Assert.Equal([AccountRoles.Administrator], await users.GetRolesAsync(admin));

            Assert.True((await users.ResetPasswordAsync(admin, code, "a password of my own")).Succeeded);
            Assert.False((await users.ResetPasswordAsync(admin, code, "someone else's password")).Succeeded);
            Assert.True(await users.CheckPasswordAsync(admin, "a password of my own"));
            return 0;
        });
    }

    [Fact]
    public async Task AnExistingAccountBecomesAnAdministratorAndKeepsItsPassword()
    {
        await using var host = await AccountsHost.StartAsync();
        await host.InScopeAsync(services => services.GetRequiredService<AccountRegistration>()
            .RegisterAsync("lead@example.org", null, "my long password", CancellationToken.None));

        await host.InScopeAsync(services => services.GetRequiredService<AdministratorCreation>().CreateAsync("lead@example.org", CancellationToken.None));

        await host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AccountUser>>();
            var lead = await users.FindByEmailAsync("lead@example.org");
            Assert.True(await users.CheckPasswordAsync(lead!, "my long password"));
            Assert.Contains(AccountRoles.Administrator, await users.GetRolesAsync(lead!));
            return 0;
        });
    }
}
