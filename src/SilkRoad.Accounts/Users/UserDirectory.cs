using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Storage;

namespace SilkRoad.Accounts.Users;

/// <summary>The administrators' view of the accounts, and the one place roles are given and taken.</summary>
public sealed class UserDirectory(AccountsDbContext context, UserManager<AccountUser> users)
{
    /// <summary>One page of accounts, by address, each with its roles.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var page = await context.Users.OrderBy(u => u.NormalizedEmail).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = await context.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(context.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return page.Select(u => new UserSummary(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>The live accounts holding a role, by address: whom an administrator or manager may assign to a task of that role.</summary>
    public async Task<IReadOnlyList<AccountUser>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        await (from u in context.Users
               join ur in context.UserRoles on u.Id equals ur.UserId
               join r in context.Roles on ur.RoleId equals r.Id
               where r.Name == role && u.ErasedAt == null
               orderby u.NormalizedEmail
               select u).ToListAsync(cancellationToken);

    /// <summary>Gives or takes a role. An administrator cannot take their own administrator role (no one could give it back).</summary>
    public async Task<bool> SetRoleAsync(string actingUserId, string userId, string role, bool granted, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!AccountRoles.All.Contains(role)) return false;
        if (!granted && role == AccountRoles.Administrator && actingUserId == userId) return false;
        if (await users.FindByIdAsync(userId) is not { } user) return false;
        var has = await users.IsInRoleAsync(user, role);
        if (has == granted) return true;
        var result = granted ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        // A role taken away ends the person's sessions at their next request, as a changed password does.
        if (result.Succeeded) await users.UpdateSecurityStampAsync(user);
        return result.Succeeded;
    }
}
