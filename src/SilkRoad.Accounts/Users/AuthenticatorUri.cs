using System.Globalization;

namespace SilkRoad.Accounts.Users;

/// <summary>
/// The <c>otpauth://</c> address an authenticator app reads from the QR code (Google Authenticator's "Key Uri
/// Format", which every TOTP app follows: SHA-1, 6 digits, 30 seconds, as Identity's authenticator provider expects).
/// </summary>
public static class AuthenticatorUri
{
    public const string Issuer = "SilkRoad";

    public static string For(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>The key in groups of four, lower case, for typing it by hand.</summary>
    public static string Readable(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
