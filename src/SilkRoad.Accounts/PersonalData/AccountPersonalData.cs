using Microsoft.AspNetCore.Identity;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Accounts.PersonalData;

/// <summary>The accounts module's own part: the account's fields and roles; erasing anonymises the account.</summary>
public sealed class AccountPersonalData(UserManager<AccountUser> users, TimeProvider clock) : IPersonalDataSource
{
    public string Name => "account";

    public async Task<object?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(userId) is not { } user) return null;
        return new Dictionary<string, object?>
        {
            ["id"] = user.Id,
            ["email"] = user.Email,
            ["emailConfirmed"] = user.EmailConfirmed,
            ["displayName"] = user.DisplayName,
            ["phoneNumber"] = user.PhoneNumber,
            ["twoFactorEnabled"] = user.TwoFactorEnabled,
            ["createdAt"] = user.CreatedAt,
            ["roles"] = await users.GetRolesAsync(user),
            ["externalLogins"] = (await users.GetLoginsAsync(user)).Select(l => l.LoginProvider).ToList(),
        };
    }

    /// <summary>
    /// The account stays (its id, creation date and roles feed the statistics), but nothing in it points to a
    /// person any more, and it can never sign in again. Its address is free for a new registration.
    /// </summary>
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(userId) is not { } user) return;
        foreach (var login in await users.GetLoginsAsync(user)) await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey);
        var placeholder = $"erased-{user.Id}@erased.invalid"; // RFC 2606: .invalid never delivers
        user.UserName = placeholder;
        user.Email = placeholder;
        user.EmailConfirmed = false;
        user.DisplayName = null;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.ErasedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        await users.UpdateSecurityStampAsync(user);
    }
}
