using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Core.PersonalData;

namespace SilkRoad.Accounts.PersonalData;

/// <summary>
/// Data Protection under a purpose of its own, so that nothing else protected with the same keys (cookies, reset
/// tokens) can be read as personal data or the other way round. Old keys stay in the ring for reading: a field
/// written years ago still opens after the keys have rolled over (every 90 days). Fingerprints are HMAC-SHA256 under
/// a random secret kept in the keys folder, itself protected by the key ring.
/// </summary>
public sealed class DataProtectionPersonalDataProtector : IPersonalDataProtector
{
    public const string Purpose = "SilkRoad.PersonalData.v1";

    private const string FingerprintSecretFile = "personal-data-fingerprint.secret";

    private readonly IDataProtector _protector;
    private readonly Lazy<byte[]> _fingerprintSecret;

    public DataProtectionPersonalDataProtector(IDataProtectionProvider provider, IOptions<StorageOptions> storage)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(storage);
        _protector = provider.CreateProtector(Purpose);
        var secretProtector = provider.CreateProtector(Purpose, "fingerprint");
        var path = Path.Combine(storage.Value.DataPath, "keys", FingerprintSecretFile);
        _fingerprintSecret = new Lazy<byte[]>(() => LoadOrCreateSecret(secretProtector, path));
    }

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);

    public string Fingerprint(string value) =>
        Convert.ToBase64String(HMACSHA256.HashData(_fingerprintSecret.Value, Encoding.UTF8.GetBytes(value)));

    // Two processes on one data folder (the portal and the CLI) may start together: the first file written wins and
    // both read it, so a fingerprint made by either finds the same person.
    private static byte[] LoadOrCreateSecret(IDataProtector protector, string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllBytes(temporary, protector.Protect(RandomNumberGenerator.GetBytes(32)));
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }
        return protector.Unprotect(File.ReadAllBytes(path));
    }
}
