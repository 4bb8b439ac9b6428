using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SilkRoad.Catalogue.Storage.Postgres;
using SilkRoad.Catalogue.Storage.Sqlite;

namespace SilkRoad.Catalogue.Storage;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSilkRoadDbContext>
{
    public SqliteSilkRoadDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSilkRoadDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSilkRoadDbContext>
{
    public PostgresSilkRoadDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSilkRoadDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
