using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace SilkRoad.Training.Certificates;

/// <summary>
/// Certificate codes: 80 random bits (never a counter, so a code cannot be guessed from another) written as 16
/// symbols of Crockford's Base32 in four groups, <c>7KQ2-M9XD-4RTB-H0WE</c>. The alphabet has no I, L, O or U, so a
/// code read aloud or typed from paper survives: on the way in, case, spaces and dashes are ignored and O, I and L
/// are read as 0, 1 and 1.
/// </summary>
public static class CertificateCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Symbols = 16;

    /// <summary>A new code from the system's cryptographic random source.</summary>
    public static string New() => FromBytes(RandomNumberGenerator.GetBytes(10));

    /// <summary>The code whose 80 bits are <paramref name="tenBytes"/> (the demo seed draws them from a seeded generator).</summary>
    public static string FromBytes(ReadOnlySpan<byte> tenBytes)
    {
        if (tenBytes.Length != 10) throw new ArgumentException("A code is made of exactly 10 bytes.", nameof(tenBytes));
        var builder = new StringBuilder(Symbols + 3);
        for (var i = 0; i < Symbols; i++)
        {
            if (i > 0 && i % 4 == 0) builder.Append('-');
            var bit = i * 5;
            var value = ((tenBytes[bit / 8] << 8) | (bit / 8 + 1 < 10 ? tenBytes[bit / 8 + 1] : 0)) >> (11 - bit % 8) & 31;
            builder.Append(Alphabet[value]);
        }
        return builder.ToString();
    }

    /// <summary>Reads a code as a person typed it; false when it cannot be one (wrong length or a symbol outside the alphabet).</summary>
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64) return false;
        var symbols = new StringBuilder(Symbols + 3);
        foreach (var raw in text)
        {
            if (raw is '-' or ' ' or '\u2010' or '\u2011' or '\u2013') continue;
            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal) || symbols.Length >= Symbols + 3) return false;
            if (symbols.Length is 4 or 9 or 14) symbols.Append('-');
            symbols.Append(c);
        }
        if (symbols.Length != Symbols + 3) return false;
        code = symbols.ToString();
        return true;
    }
}
