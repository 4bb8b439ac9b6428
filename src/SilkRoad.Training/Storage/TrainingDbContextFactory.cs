using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Core.PersonalData;
using SilkRoad.Training.Storage.Postgres;
using SilkRoad.Training.Storage.Sqlite;

namespace SilkRoad.Training.Storage;

/// <summary>Creates the training base's context on the catalogue's database (<see cref="StorageOptions"/>).</summary>
public sealed class TrainingDbContextFactory(IOptions<StorageOptions> options, IPersonalDataProtector protector)
{
    private readonly StorageOptions _options = options.Value;

    /// <summary>What the trainees' personal fields are encrypted with; writers that bypass the model use it too.</summary>
    public IPersonalDataProtector Protector { get; } = protector;

    public StorageProvider Provider => _options.Provider;

    public TrainingDbContext Create()
    {
        var connectionString = _options.ResolveConnectionString();
        TrainingDbContext context = _options.Provider switch
        {
            StorageProvider.Postgres => new PostgresTrainingDbContext(new DbContextOptionsBuilder<PostgresTrainingDbContext>()
                .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(TrainingDbContext.MigrationsHistoryTable))
                .ReplaceService<IModelCacheKeyFactory, TrainingModelCacheKeyFactory>()
                .Options),
            _ => CreateSqlite(connectionString),
        };
        context.Protector = Protector;
        return context;
    }

    private SqliteTrainingDbContext CreateSqlite(string connectionString)
    {
        Directory.CreateDirectory(_options.DataPath);
        return new SqliteTrainingDbContext(new DbContextOptionsBuilder<SqliteTrainingDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(TrainingDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqlitePragmas())
            .ReplaceService<IModelCacheKeyFactory, TrainingModelCacheKeyFactory>()
            .Options);
    }
}
