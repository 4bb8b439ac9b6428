using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// The connection settings of every context on the SQLite store (the catalogue's, the training base's). WAL lets the
/// portal read while an import writes; synchronous=NORMAL is durable at each WAL checkpoint and is SQLite's recommended
/// pairing with WAL (a power cut loses at most the last transactions, never corrupts).
/// A new store gets 16 KB pages: a resource's row (about 2.6 KB, most of it the document) left 4 KB pages holding one
/// row each, with the rest empty; at 1,000,000 resources the store was 3.8 GB with 4 KB pages and is 3.0 GB with 16 KB.
/// The page size of a store that exists already stays as it is (SQLite changes it only on an empty database, before
/// WAL is on).
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const int PageSize = 16 * 1024;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA page_size={PageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
    }
}
