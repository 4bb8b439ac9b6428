using Microsoft.EntityFrameworkCore;
using SilkRoad.Core.Languages;

namespace SilkRoad.Catalogue.Storage;

/// <summary>Brings the store's schema up to date and seeds the reference tables. Safe to run at every start.</summary>
public sealed class StoreInitializer(SilkRoadDbContextFactory contexts)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        await context.Database.MigrateAsync(cancellationToken);
        var known = await context.Languages.Select(l => l.Code).ToListAsync(cancellationToken);
        foreach (var language in Language.All.Where(l => !known.Contains(l.Code)))
            context.Languages.Add(StoredLanguage.From(language));
        await context.SaveChangesAsync(cancellationToken);
    }
}
