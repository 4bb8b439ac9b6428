using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Training.Learning;

/// <summary>The titles of catalogue resources that course materials link to, read from the catalogue so that a renamed resource shows its new title. Withdrawn resources are left out.</summary>
public sealed class CatalogueTitles(SilkRoadDbContextFactory catalogue)
{
    public async Task<Dictionary<long, string>> OfAsync(IEnumerable<long> resourceIds, CancellationToken cancellationToken)
    {
        var ids = resourceIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        await using var context = catalogue.Create();
        return await context.Resources.Where(r => ids.Contains(r.Id) && r.DeletedAt == null)
            .ToDictionaryAsync(r => r.Id, r => r.Title, cancellationToken);
    }
}
