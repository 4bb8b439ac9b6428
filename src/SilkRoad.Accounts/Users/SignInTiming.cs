using Microsoft.AspNetCore.Identity;

namespace SilkRoad.Accounts.Users;

/// <summary>
/// Makes a refused sign-in cost what a wrong password costs. Identity checks the password (PBKDF2, tens of
/// milliseconds) only for an account that exists, is confirmed and is not locked out; without this, how long the
/// answer takes would tell which addresses have accounts, although the answer itself does not.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<AccountUser> hasher)
{
    private static readonly AccountUser Nobody = new() { UserName = "nobody" };

    // Made once by the service's own hasher, so that checking it costs what checking a stored password costs.
    private static string? s_decoyHash;

    /// <summary>Verifies <paramref name="password"/> against a hash no password matches, for the time it takes.</summary>
    public void SpendAPasswordCheck(string password)
    {
        var decoy = s_decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, decoy, password);
    }
}
