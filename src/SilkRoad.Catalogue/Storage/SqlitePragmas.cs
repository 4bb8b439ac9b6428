using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// The connection settings of every context on the SQLite store (the catalogue's, the training base's). WAL lets the
/// portal read while an import writes; synchronous=NORMAL is durable at each WAL checkpoint and is SQLite's recommended
/// pairing with WAL (a power cut loses at most the last transactions, never corrupts).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
    }
}
