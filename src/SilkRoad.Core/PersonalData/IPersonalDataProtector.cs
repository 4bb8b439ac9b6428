namespace SilkRoad.Core.PersonalData;

/// <summary>
/// Encrypts personal fields (date of birth, passport or ID number, phone, address) before they are stored, and
/// decrypts them for the roles that may see them (the accounts module's ViewPersonalData policy; record
/// each such view in its audit log). Backed by ASP.NET Core Data Protection with its keys in
/// <c>{DataPath}/keys</c>: losing that folder loses every protected field, so back it up with the database.
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>The stored form of <paramref name="plaintext"/>: authenticated ciphertext, different on every call.</summary>
    string Protect(string plaintext);

    /// <summary>The plaintext again; throws <see cref="System.Security.Cryptography.CryptographicException"/> for anything tampered with.</summary>
    string Unprotect(string protectedText);

    /// <summary>
    /// A keyed, one-way fingerprint of <paramref name="value"/>, the same on every call: what a unique index or a
    /// lookup compares where the value itself must not be stored (a name with a date of birth, to find a person again).
    /// Without the service's keys it cannot be recomputed, so it cannot be reversed by trying every date.
    /// </summary>
    string Fingerprint(string value);
}
