using System.Text.RegularExpressions;
using System.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Catalogue;

namespace SilkRoad.Cli.Tests.Commands;

public sealed partial class AdminCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("silkroad-cli-admin-").FullName;

    [Fact]
    public async Task AdminCreatePrintsAndMailsASetPasswordLinkThatThePortalsKeysAccept()
    {
        var run = await CliRun.RunAsync("admin", "create", "--email", "first.admin@example.org", "--url", "https://silkroad.example.org/", "--data", _data);

        Assert.True(run.ExitCode == 0, run.Errors);
        var link = LinkPattern().Match(run.Output).Value;
        Assert.StartsWith("https://silkroad.example.org/en/account/reset-password?email=first.admin%40example.org&code=", link, StringComparison.Ordinal);
        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(_data, "outbox"), "*.eml")));
        Assert.Contains(link, mail, StringComparison.Ordinal);

        // The portal reads the code with the keys in the data folder, as this host of the same services does.
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var admin = await users.FindByEmailAsync("first.admin@example.org");
        Assert.NotNull(admin);
        Assert.Null(admin.PasswordHash);
        Assert.Equal([AccountRoles.Administrator], await users.GetRolesAsync(admin));
        var code = HttpUtility.ParseQueryString(new Uri(link).Query)["code"]!;
        Assert.True((await users.ResetPasswordAsync(admin, code, "the administrator's own passphrase")).Succeeded);
    }

    [Fact]
    public async Task AnAddressThatIsNoAddressIsExitTwo()
    {
        var run = await CliRun.RunAsync("admin", "create", "--email", "not an address", "--data", _data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not an e-mail address", run.Errors, StringComparison.Ordinal);
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataPath"] = _data }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCatalogue(configuration);
        services.AddAccounts(configuration);
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex LinkPattern();
}
