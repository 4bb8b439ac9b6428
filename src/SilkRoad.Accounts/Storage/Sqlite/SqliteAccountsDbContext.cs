using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Accounts.Storage.Sqlite;

public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);
