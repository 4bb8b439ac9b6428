using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Accounts.Tests.Users;

public sealed class AccountRegistrationTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task ANewAddressGetsAnUnconfirmedTraineeAccountAndACodeThatConfirmsIt()
    {
        await using var host = await AccountsHost.StartAsync();

        var created = Assert.IsType<RegistrationResult.Created>(await RegisterAsync(host, "li.wei@example.cn", Password));

        await host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AccountUser>>();
            var user = await users.FindByEmailAsync("li.wei@example.cn");
            Assert.NotNull(user);
            Assert.False(user.EmailConfirmed);
            Assert.Equal([AccountRoles.Trainee], await users.GetRolesAsync(user));
            Assert.True((await users.ConfirmEmailAsync(user, created.ConfirmationCode)).Succeeded);
            return 0;
        });
    }

    [Fact]
    public async Task AnAddressThatHasAnAccountIsNotRegisteredTwiceNorChanged()
    {
        await using var host = await AccountsHost.StartAsync();
        await RegisterAsync(host, "li.wei@example.cn", Password);

        Assert.IsType<RegistrationResult.AlreadyRegistered>(await RegisterAsync(host, "LI.WEI@example.cn", "another long password"));

        await host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AccountUser>>();
            var user = await users.FindByEmailAsync("li.wei@example.cn");
            Assert.True(await users.CheckPasswordAsync(user!, Password));
            return 0;
        });
    }

    [Fact]
    public async Task AShortPasswordIsRejectedAlikeForATakenAndAFreeAddress()
    {
        await using var host = await AccountsHost.StartAsync();
        await RegisterAsync(host, "taken@example.org", Password);

        var taken = Assert.IsType<RegistrationResult.Rejected>(await RegisterAsync(host, "taken@example.org", "short"));
        var free = Assert.IsType<RegistrationResult.Rejected>(await RegisterAsync(host, "free@example.org", "short"));

        Assert.Equal(free.Errors.Select(e => e.Code), taken.Errors.Select(e => e.Code));
        Assert.Contains(nameof(IdentityErrorDescriber.PasswordTooShort), taken.Errors.Select(e => e.Code));
    }

    private static Task<RegistrationResult> RegisterAsync(AccountsHost host, string email, string password) =>
        host.InScopeAsync(services => services.GetRequiredService<AccountRegistration>().RegisterAsync(email, null, password, CancellationToken.None));
}
