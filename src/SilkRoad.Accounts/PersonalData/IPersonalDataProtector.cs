namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// Encrypts personal fields (date of birth, passport or ID number, phone, address) before they are stored, and
/// decrypts them for the roles that may see them (<see cref="Authorization.AccountPolicies.ViewPersonalData"/>; record
/// each such view in <see cref="PersonalDataAuditLog"/>). Backed by ASP.NET Core Data Protection with its keys in
/// <c>{DataPath}/keys</c>: losing that folder loses every protected field, so back it up with the database.
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>The stored form of <paramref name="plaintext"/>: authenticated ciphertext, different on every call.</summary>
    string Protect(string plaintext);

    /// <summary>The plaintext again; throws <see cref="System.Security.Cryptography.CryptographicException"/> for anything tampered with.</summary>
    string Unprotect(string protectedText);
}
