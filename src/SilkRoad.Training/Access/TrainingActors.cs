using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Access;

/// <summary>Builds the <see cref="Actor"/> for a signed-in account: its roles, and for a partner coordinator the institution it speaks for.</summary>
public sealed class TrainingActors(TrainingDbContextFactory contexts)
{
    public async Task<Actor> ForAsync(string userId, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var roleSet = roles.ToHashSet(StringComparer.Ordinal);
        int? partnerId = null;
        if (roleSet.Contains(TrainingRoles.PartnerCoordinator))
        {
            await using var context = contexts.Create();
            partnerId = await context.PartnerCoordinators.Where(c => c.UserId == userId)
                .Select(c => (int?)c.PartnerId).SingleOrDefaultAsync(cancellationToken);
        }
        return new Actor(userId, roleSet, partnerId);
    }
}
