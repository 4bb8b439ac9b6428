using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SilkRoad.Training.Storage;

/// <summary>
/// The catalogue's connection settings (its SqlitePragmas is internal to it): WAL so that pages read while the
/// catalogue or the training base writes, foreign keys on, and a busy wait instead of an immediate "database is locked"
/// when both write the one file at the same moment.
/// </summary>
internal sealed class TrainingSqlitePragmas : DbConnectionInterceptor
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
