using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SilkRoad.Accounts.Authorization;

namespace SilkRoad.Accounts.Users;

/// <summary>
/// The first sign-in through an external provider makes a Trainee account for the address the provider vouches for.
/// An address that already has an account is never joined to the external login automatically: whoever controls the
/// provider could otherwise take over any account by naming its address. Its owner signs in with the password.
/// </summary>
public sealed class ExternalAccountCreation(UserManager<AccountUser> users, TimeProvider clock)
{
    /// <returns>The new account, or null when the provider gave no verified address or the address is taken.</returns>
    public async Task<AccountUser?> CreateAsync(ExternalLoginInfo login, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        cancellationToken.ThrowIfCancellationRequested();
        var email = login.Principal.FindFirstValue(ClaimTypes.Email) ?? login.Principal.FindFirstValue("email");
        // OpenID Connect Core §5.1: email_verified false means the provider has not checked the address.
        var verified = !string.Equals(login.Principal.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(email) || !verified || await users.FindByEmailAsync(email) is not null) return null;

        var user = new AccountUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = login.Principal.FindFirstValue(ClaimTypes.Name) ?? login.Principal.FindFirstValue("name"),
            CreatedAt = clock.GetUtcNow(),
        };
        if (!(await users.CreateAsync(user)).Succeeded) return null;
        await users.AddToRoleAsync(user, AccountRoles.Trainee);
        await users.AddLoginAsync(user, login);
        return user;
    }
}
