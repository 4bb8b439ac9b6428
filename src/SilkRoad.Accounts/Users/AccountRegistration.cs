using Microsoft.AspNetCore.Identity;

namespace SilkRoad.Accounts.Users;

/// <summary>Creates accounts from the registration form. New accounts are Trainees until an administrator says otherwise.</summary>
public sealed class AccountRegistration(UserManager<AccountUser> users, TimeProvider clock)
{
    public async Task<RegistrationResult> RegisterAsync(string email, string? displayName, string password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var candidate = new AccountUser { UserName = email, Email = email, DisplayName = Trimmed(displayName), CreatedAt = clock.GetUtcNow() };
        // The password is judged before the address is looked up, so that a weak password gets the same answer
        // whether or not the address is taken.
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            errors.AddRange(result.Errors);
        }
        if (errors.Count > 0) return new RegistrationResult.Rejected(errors);

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // A new account's password is hashed (PBKDF2, tens of milliseconds): so is this one, thrown away, so that
            // the answer takes as long whether or not the address is taken.
            _ = users.PasswordHasher.HashPassword(candidate, password);
            return new RegistrationResult.AlreadyRegistered(existing);
        }

        var created = await users.CreateAsync(candidate, password);
        if (!created.Succeeded)
        {
            // Two registrations of one address at once: the loser is told what the first would be told.
            return created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
                && await users.FindByEmailAsync(email) is { } raced
                ? new RegistrationResult.AlreadyRegistered(raced)
                : new RegistrationResult.Rejected(created.Errors.ToList());
        }
        await users.AddToRoleAsync(candidate, Authorization.AccountRoles.Trainee);
        return new RegistrationResult.Created(candidate, await users.GenerateEmailConfirmationTokenAsync(candidate));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
