using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Enrolments;

/// <summary>
/// Serialises the decisions on one session's applications, inside a transaction the caller has begun: on PostgreSQL
/// a row lock on the session (<c>FOR UPDATE</c>), so a second decision waits and then reads what the first wrote; on
/// SQLite nothing more is needed, since Microsoft.Data.Sqlite begins transactions IMMEDIATE (the database's write lock).
/// </summary>
internal static class SessionLock
{
    public static async Task TakeAsync(TrainingDbContext context, StorageProvider provider, int sessionId, CancellationToken cancellationToken)
    {
        if (provider != StorageProvider.Postgres) return;
        await context.Database.ExecuteSqlAsync($"SELECT 1 FROM \"TrainingSessions\" WHERE \"Id\" = {sessionId} FOR UPDATE", cancellationToken);
    }
}
