using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Storage.Postgres;
using SilkRoad.Catalogue.Storage.Sqlite;

namespace SilkRoad.Catalogue.Storage;

/// <summary>Creates the store's context for the configured provider.</summary>
public sealed class SilkRoadDbContextFactory(IOptions<StorageOptions> options)
{
    private readonly StorageOptions _options = options.Value;

    public StorageProvider Provider => _options.Provider;

    public SilkRoadDbContext Create()
    {
        var connectionString = _options.ResolveConnectionString();
        return _options.Provider switch
        {
            StorageProvider.Postgres => new PostgresSilkRoadDbContext(
                new DbContextOptionsBuilder<PostgresSilkRoadDbContext>().UseNpgsql(connectionString).Options),
            _ => CreateSqlite(connectionString),
        };
    }

    private SqliteSilkRoadDbContext CreateSqlite(string connectionString)
    {
        Directory.CreateDirectory(_options.DataPath);
        return new SqliteSilkRoadDbContext(new DbContextOptionsBuilder<SqliteSilkRoadDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmas())
            .Options);
    }
}
