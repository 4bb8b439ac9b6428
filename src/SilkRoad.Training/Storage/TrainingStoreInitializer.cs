using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Training.Storage;

/// <summary>Brings the training base's tables up to date. Safe to run at every start, after the catalogue's.</summary>
public sealed class TrainingStoreInitializer(TrainingDbContextFactory contexts)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        await context.Database.MigrateAsync(cancellationToken);
    }
}
