using Microsoft.AspNetCore.DataProtection;

namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// Data Protection under a purpose of its own, so that nothing else protected with the same keys (cookies, reset
/// tokens) can be read as personal data or the other way round. Old keys stay in the ring for reading: a field
/// written years ago still opens after the keys have rolled over (every 90 days).
/// </summary>
public sealed class DataProtectionPersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    public const string Purpose = "SilkRoad.PersonalData.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
