using Microsoft.Extensions.Options;
using Npgsql;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Tests.Storage;

/// <summary>
/// A fresh, migrated store for one test: a SQLite file in its own temp folder, or a PostgreSQL database of its own
/// on the cluster that scripts/test.sh starts. Deleted when disposed.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string PostgresVariable = "SILKROAD_TEST_POSTGRES";

    private readonly string? _postgresDatabase;
    private readonly string? _adminConnectionString;

    private TestStore(StorageOptions options, string? postgresDatabase, string? adminConnectionString)
    {
        Options = options;
        Contexts = new SilkRoadDbContextFactory(Microsoft.Extensions.Options.Options.Create(options));
        _postgresDatabase = postgresDatabase;
        _adminConnectionString = adminConnectionString;
    }

    /// <summary>Both providers, for <c>[Theory, MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]</c>.</summary>
    public static TheoryData<StorageProvider> Providers => new() { StorageProvider.Sqlite, StorageProvider.Postgres };

    public StorageOptions Options { get; }

    public SilkRoadDbContextFactory Contexts { get; }

    public string DataPath => Options.DataPath;

    public static async Task<TestStore> CreateAsync(StorageProvider provider, CancellationToken cancellationToken = default)
    {
        var dataPath = Directory.CreateTempSubdirectory("silkroad-test-").FullName;
        TestStore store;
        if (provider == StorageProvider.Sqlite)
        {
            store = new TestStore(new StorageOptions { Provider = provider, DataPath = dataPath }, null, null);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL tests need {PostgresVariable} (a connection string to a server where databases may be " +
                    "created). Run the tests through scripts/test.sh, which starts a throwaway cluster and sets it.");
            }
            var database = "t_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = database };
            store = new TestStore(
                new StorageOptions { Provider = provider, DataPath = dataPath, ConnectionString = builder.ConnectionString },
                database, admin);
        }
        await new StoreInitializer(store.Contexts).InitializeAsync(cancellationToken);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null && _adminConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Options.DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is the system's to clean.
        }
    }
}
