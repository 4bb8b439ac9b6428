using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Core.PersonalData;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Tests.Storage;

/// <summary>
/// A fresh store with the catalogue's and the training base's tables, as the hosts migrate them: a SQLite file in its
/// own temp folder, or a PostgreSQL database of its own on the cluster that scripts/test.sh starts. Deleted when disposed.
/// </summary>
public sealed class TrainingTestStore : IAsyncDisposable
{
    public const string PostgresVariable = "SILKROAD_TEST_POSTGRES";

    // The SQLite store's one file under the data folder (StorageOptions' default connection string).
    private const string SqliteFile = "silkroad.db";

    private readonly string? _postgresDatabase;
    private readonly string? _adminConnectionString;

    private TrainingTestStore(StorageOptions options, string? postgresDatabase, string? adminConnectionString)
    {
        Options = options;
        Contexts = new TrainingDbContextFactory(Microsoft.Extensions.Options.Options.Create(options), Protector);
        _postgresDatabase = postgresDatabase;
        _adminConnectionString = adminConnectionString;
    }

    /// <summary>
    /// The accounts module's protector on keys that live as long as the test run (one for every store, so that the
    /// model, whose converters hold it, is built once).
    /// </summary>
    public static IPersonalDataProtector Protector { get; } = new DataProtectionPersonalDataProtector(
        new EphemeralDataProtectionProvider(),
        Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataPath = KeysFolder() }));

    // Deleted when the test process exits, as the keys are gone then.
    private static string KeysFolder()
    {
        var path = Directory.CreateTempSubdirectory("silkroad-training-keys-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is the system's to clean then.
            }
        };
        return path;
    }

    /// <summary>Both providers, for <c>[Theory, MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]</c>.</summary>
    public static TheoryData<StorageProvider> Providers => new() { StorageProvider.Sqlite, StorageProvider.Postgres };

    public StorageOptions Options { get; }

    public TrainingDbContextFactory Contexts { get; }

    public static Task<TrainingTestStore> CreateAsync(StorageProvider provider, CancellationToken cancellationToken = default) =>
        CreateAsync(provider, template: null, cancellationToken);

    /// <summary>
    /// A fresh store holding the demo training base, as <see cref="TrainingDemoSeeder"/> seeds it. The base is seeded
    /// once per provider and test run, into a template that each store copies (a file copy for SQLite, <c>CREATE
    /// DATABASE ... TEMPLATE</c> for PostgreSQL): seeding took seconds, a copy a fraction of one.
    /// </summary>
    public static async Task<TrainingTestStore> CreateSeededAsync(StorageProvider provider, CancellationToken cancellationToken = default)
    {
        var template = await SeededTemplates[provider].Value;
        return await CreateAsync(provider, template, cancellationToken);
    }

    private static readonly Dictionary<StorageProvider, Lazy<Task<TrainingTestStore>>> SeededTemplates = new()
    {
        [StorageProvider.Sqlite] = new(() => SeedTemplateAsync(StorageProvider.Sqlite)),
        [StorageProvider.Postgres] = new(() => SeedTemplateAsync(StorageProvider.Postgres)),
    };

    // Deleted when the test process exits (its temp folder; its database, when the server is not scripts/test.sh's
    // throwaway cluster).
    private static async Task<TrainingTestStore> SeedTemplateAsync(StorageProvider provider)
    {
        var store = await CreateAsync(provider, template: null, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => store.DeleteQuietly();
        await new TrainingDemoSeeder(store.Contexts, TimeProvider.System).SeedWhenEmptyAsync(CancellationToken.None);
        // A template is copied whole: no connection may be left open on it (PostgreSQL refuses), no page left in a journal.
        if (provider == StorageProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(store.Options.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (File.Exists(Path.Combine(store.Options.DataPath, SqliteFile + "-wal")))
                throw new InvalidOperationException("the seeded template still has a write-ahead log: a connection was left open");
        }
        return store;
    }

    private void DeleteQuietly()
    {
        try
        {
            DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
            // The server may be gone first (scripts/test.sh stops its cluster): nothing of the run is left on it then.
        }
        catch (InvalidOperationException)
        {
            // Likewise: no server to connect to.
        }
    }

    private static async Task<TrainingTestStore> CreateAsync(StorageProvider provider, TrainingTestStore? template,
        CancellationToken cancellationToken)
    {
        var dataPath = Directory.CreateTempSubdirectory("silkroad-training-").FullName;
        TrainingTestStore store;
        if (provider == StorageProvider.Sqlite)
        {
            store = new TrainingTestStore(new StorageOptions { Provider = provider, DataPath = dataPath }, null, null);
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
                var copy = template is null ? "" : $" TEMPLATE \"{template._postgresDatabase}\"";
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"{copy}", connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = database };
            store = new TrainingTestStore(
                new StorageOptions { Provider = provider, DataPath = dataPath, ConnectionString = builder.ConnectionString },
                database, admin);
        }
        if (template is not null)
        {
            if (provider == StorageProvider.Sqlite)
                File.Copy(Path.Combine(template.Options.DataPath, SqliteFile), Path.Combine(dataPath, SqliteFile));
            return store;
        }
        var options = Microsoft.Extensions.Options.Options.Create(store.Options);
        await new StoreInitializer(new SilkRoadDbContextFactory(options)).InitializeAsync(cancellationToken);
        await new TrainingStoreInitializer(store.Contexts).InitializeAsync(cancellationToken);
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

    /// <summary>Makes <paramref name="userId"/> the manager of every programme, as an administrator would assign them.</summary>
    public async Task AssignManagerToAllProgrammesAsync(string userId)
    {
        await using var context = Contexts.Create();
        var programmes = await context.Programmes.Select(p => p.Id).ToListAsync();
        context.ProgrammeManagers.AddRange(programmes.Select(id => new Programmes.ProgrammeManager { ProgrammeId = id, UserId = userId }));
        await context.SaveChangesAsync();
    }
}
