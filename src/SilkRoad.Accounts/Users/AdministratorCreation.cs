using Microsoft.AspNetCore.Identity;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Accounts.Users;

/// <summary>
/// Makes an administrator for <c>silkroad admin create</c>. The account gets no password at all: only a set-password
/// code (Identity's reset token, valid one day and spent by its first use), so no default password exists anywhere.
/// </summary>
public sealed class AdministratorCreation(UserManager<AccountUser> users, TimeProvider clock)
{
    /// <returns>The account and a code for the set-password page.</returns>
    public async Task<(AccountUser User, string SetPasswordCode)> CreateAsync(string email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
            Check(await users.CreateAsync(user));
        }
        if (!await users.IsInRoleAsync(user, AccountRoles.Administrator)) Check(await users.AddToRoleAsync(user, AccountRoles.Administrator));
        return (user, await users.GeneratePasswordResetTokenAsync(user));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
