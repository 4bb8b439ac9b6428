namespace SilkRoad.Catalogue.Storage;

/// <summary>Where the catalogue is stored. The embedded default (SQLite under the data folder) needs no setting.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, one file under the data folder) or <c>Postgres</c> (production; needs <see cref="ConnectionString"/>).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. For SQLite it defaults to <c>Data Source={DataPath}/silkroad.db</c>; for
    /// PostgreSQL it is required, e.g. <c>Host=127.0.0.1;Port=5432;Database=silkroad;Username=silkroad</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The data folder (<c>DataPath</c> in configuration, <c>--data</c> on the command line).</summary>
    public string DataPath { get; set; } = "data";

    public string ResolveConnectionString() => Provider switch
    {
        StorageProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(DataPath, "silkroad.db")}"
            : ConnectionString,
        _ => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException(
                "Storage:Provider is Postgres but Storage:ConnectionString is empty. Set it, e.g. " +
                "Storage__ConnectionString='Host=127.0.0.1;Database=silkroad;Username=silkroad'.")
            : ConnectionString,
    };
}
