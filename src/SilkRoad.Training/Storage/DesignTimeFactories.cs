using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SilkRoad.Training.Storage.Postgres;
using SilkRoad.Training.Storage.Sqlite;

namespace SilkRoad.Training.Storage;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteTrainingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrainingDbContext>
{
    public SqliteTrainingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTrainingDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(TrainingDbContext.MigrationsHistoryTable)).Options);
}

internal sealed class PostgresTrainingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTrainingDbContext>
{
    public PostgresTrainingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTrainingDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(TrainingDbContext.MigrationsHistoryTable)).Options);
}
