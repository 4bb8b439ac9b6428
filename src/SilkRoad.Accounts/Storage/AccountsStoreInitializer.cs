using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Accounts.Storage;

/// <summary>Brings the accounts' schema up to date and seeds the roles. Safe to run at every start, after the catalogue's.</summary>
public sealed class AccountsStoreInitializer(AccountsDbContextFactory contexts)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        await context.Database.MigrateAsync(cancellationToken);
        var known = await context.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in AccountRoles.All.Where(r => !known.Contains(r)))
        {
            context.Roles.Add(new IdentityRole(role)
            {
                NormalizedName = role.ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
