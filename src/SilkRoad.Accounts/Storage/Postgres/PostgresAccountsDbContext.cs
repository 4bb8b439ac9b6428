using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Accounts.Storage.Postgres;

public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options);
