using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Storage.Postgres;
using SilkRoad.Training.Storage.Sqlite;

namespace SilkRoad.Training.Storage;

/// <summary>Creates the training base's context on the catalogue's database (<see cref="StorageOptions"/>).</summary>
public sealed class TrainingDbContextFactory(IOptions<StorageOptions> options)
{
    private readonly StorageOptions _options = options.Value;

    public StorageProvider Provider => _options.Provider;

    public TrainingDbContext Create()
    {
        var connectionString = _options.ResolveConnectionString();
        return _options.Provider switch
        {
            StorageProvider.Postgres => new PostgresTrainingDbContext(new DbContextOptionsBuilder<PostgresTrainingDbContext>()
                .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(TrainingDbContext.MigrationsHistoryTable))
                .Options),
            _ => CreateSqlite(connectionString),
        };
    }

    private SqliteTrainingDbContext CreateSqlite(string connectionString)
    {
        Directory.CreateDirectory(_options.DataPath);
        return new SqliteTrainingDbContext(new DbContextOptionsBuilder<SqliteTrainingDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(TrainingDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqlitePragmas())
            .Options);
    }
}
