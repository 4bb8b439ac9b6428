using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Storage;
using SilkRoad.Accounts.Users;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Accounts.Tests.Storage;

public sealed class AccountsStoreTests
{
    [Theory]
    [MemberData(nameof(AccountsHost.Providers), MemberType = typeof(AccountsHost))]
    public async Task TheAccountsLiveInTheCataloguesDatabaseWithAMigrationHistoryOfTheirOwn(StorageProvider provider)
    {
        await using var host = await AccountsHost.StartAsync(provider);

        await using var catalogue = host.Services.GetRequiredService<SilkRoadDbContextFactory>().Create();
        await using var accounts = host.Services.GetRequiredService<AccountsDbContextFactory>().Create();
        Assert.Equal(catalogue.Database.GetConnectionString(), accounts.Database.GetConnectionString());
        var catalogueHistory = await CountAsync(catalogue, "__EFMigrationsHistory");
        var accountsHistory = await CountAsync(accounts, AccountsDbContext.MigrationsHistoryTable);
        Assert.Equal(catalogue.Database.GetMigrations().Count(), catalogueHistory);
        Assert.Equal(accounts.Database.GetMigrations().Count(), accountsHistory);
        Assert.Empty(await accounts.Database.GetPendingMigrationsAsync());
        Assert.Empty(await catalogue.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(AccountsHost.Providers), MemberType = typeof(AccountsHost))]
    public async Task EveryRoleIsSeededOnceHoweverOftenTheStoreStarts(StorageProvider provider)
    {
        await using var host = await AccountsHost.StartAsync(provider);
        await host.Services.GetRequiredService<AccountsStoreInitializer>().InitializeAsync(CancellationToken.None);

        await using var accounts = host.Services.GetRequiredService<AccountsDbContextFactory>().Create();
        var roles = await accounts.Roles.Select(r => r.Name).ToListAsync();
        Assert.Equal(AccountRoles.All.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AccountsHost.Providers), MemberType = typeof(AccountsHost))]
    public async Task AUserWithARoleIsStoredAndFoundAgainByAddress(StorageProvider provider)
    {
        await using var host = await AccountsHost.StartAsync(provider);
        await host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AccountUser>>();
            var user = new AccountUser { UserName = "amina@example.org", Email = "amina@example.org", DisplayName = "أمينة", CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, "a long enough password")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, AccountRoles.Reviewer)).Succeeded);
            return 0;
        });

        await host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AccountUser>>();
            var found = await users.FindByEmailAsync("AMINA@example.org");
            Assert.NotNull(found);
            Assert.Equal("أمينة", found.DisplayName);
            Assert.True(await users.CheckPasswordAsync(found, "a long enough password"));
            Assert.Equal([AccountRoles.Reviewer], await users.GetRolesAsync(found));
            return 0;
        });
    }

    private static async Task<long> CountAsync(DbContext context, string table)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
