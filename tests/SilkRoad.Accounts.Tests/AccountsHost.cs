using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SilkRoad.Accounts.Storage;
using SilkRoad.Catalogue;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Accounts.Tests;

/// <summary>
/// The accounts module as a host wires it, over a fresh store: a SQLite file in its own temp folder, or a PostgreSQL
/// database of its own on the cluster that scripts/test.sh starts (SILKROAD_TEST_POSTGRES). Both the catalogue's and
/// the accounts' migrations are applied, as at a real start. Deleted when disposed.
/// </summary>
public sealed class AccountsHost : IAsyncDisposable
{
    public const string PostgresVariable = "SILKROAD_TEST_POSTGRES";

    private readonly string? _postgresDatabase;
    private readonly string? _adminConnectionString;

    private AccountsHost(ServiceProvider services, string dataPath, string? postgresDatabase, string? adminConnectionString)
    {
        Services = services;
        DataPath = dataPath;
        _postgresDatabase = postgresDatabase;
        _adminConnectionString = adminConnectionString;
    }

    public static TheoryData<StorageProvider> Providers => new() { StorageProvider.Sqlite, StorageProvider.Postgres };

    public ServiceProvider Services { get; }

    public string DataPath { get; }

    public string Outbox => Path.Combine(DataPath, "outbox");

    public static async Task<AccountsHost> StartAsync(StorageProvider provider = StorageProvider.Sqlite, Action<IServiceCollection>? configure = null)
    {
        var dataPath = Directory.CreateTempSubdirectory("silkroad-accounts-").FullName;
        var settings = new Dictionary<string, string?> { ["DataPath"] = dataPath, ["Storage:Provider"] = provider.ToString() };
        string? database = null, admin = null;
        if (provider == StorageProvider.Postgres)
        {
            admin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL tests need {PostgresVariable} (a connection string to a server where databases may be " +
                    "created). Run the tests through scripts/test.sh, which starts a throwaway cluster and sets it.");
            }
            database = "a_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await command.ExecuteNonQueryAsync();
            }
            settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCatalogue(configuration);
        services.AddAccounts(configuration);
        configure?.Invoke(services);
        var provided = services.BuildServiceProvider();
        await provided.GetRequiredService<StoreInitializer>().InitializeAsync(CancellationToken.None);
        await provided.GetRequiredService<AccountsStoreInitializer>().InitializeAsync(CancellationToken.None);
        return new AccountsHost(provided, dataPath, database, admin);
    }

    /// <summary>Runs <paramref name="work"/> in a scope of its own, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The messages in the outbox, oldest first.</summary>
    public IReadOnlyList<string> Mail() =>
        Directory.Exists(Outbox)
            ? Directory.GetFiles(Outbox, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
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
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is the system's to clean.
        }
    }
}
