using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SilkRoad.Accounts.Storage.Postgres;
using SilkRoad.Accounts.Storage.Sqlite;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Accounts.Storage;

/// <summary>Creates the accounts context on the catalogue's store (<see cref="StorageOptions"/>).</summary>
public sealed class AccountsDbContextFactory(IOptions<StorageOptions> options)
{
    private readonly StorageOptions _options = options.Value;

    public AccountsDbContext Create()
    {
        var connectionString = _options.ResolveConnectionString();
        return _options.Provider switch
        {
            StorageProvider.Postgres => new PostgresAccountsDbContext(new DbContextOptionsBuilder<PostgresAccountsDbContext>()
                .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
                .Options),
            _ => CreateSqlite(connectionString),
        };
    }

    private SqliteAccountsDbContext CreateSqlite(string connectionString)
    {
        Directory.CreateDirectory(_options.DataPath);
        return new SqliteAccountsDbContext(new DbContextOptionsBuilder<SqliteAccountsDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteBusyTimeout())
            .Options);
    }
}
