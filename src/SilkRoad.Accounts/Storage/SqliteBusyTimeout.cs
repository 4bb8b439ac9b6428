using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SilkRoad.Accounts.Storage;

/// <summary>
/// The accounts share the catalogue's SQLite file, which an import may be writing to: a sign-in waits for the
/// writer's batch instead of failing with "database is locked". The catalogue has already put the file in WAL mode.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
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
        command.CommandText = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
    }
}
