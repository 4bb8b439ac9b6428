using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SilkRoad.Accounts.Storage.Postgres;
using SilkRoad.Accounts.Storage.Sqlite;

namespace SilkRoad.Accounts.Storage;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteAccountsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    public SqliteAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAccountsDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAccountsDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)).Options);
}
