using SkiaSharp;

namespace SilkRoad.Training.Certificates;

/// <summary>
/// Chooses the typeface a certificate's language is written in, from the fonts installed on the machine (Debian's
/// fonts-noto-core and fonts-noto-cjk, which scripts/test.sh installs): Noto Sans CJK SC for Chinese, Noto Sans Arabic
/// for Arabic, Noto Sans for Latin and Cyrillic. The PDF embeds the glyphs it uses, so readers need none of them.
/// </summary>
internal static class CertificateFonts
{
    public static SKTypeface For(string language)
    {
        var (family, sample) = language switch
        {
            "zh" => ("Noto Sans CJK SC", '中'),
            "ar" => ("Noto Sans Arabic", 'ع'),
            _ => ("Noto Sans", 'Ж'),
        };
        var typeface = SKFontManager.Default.MatchFamily(family)
            ?? SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, [language], sample);
        return typeface ?? throw new InvalidOperationException(
            $"No font for '{language}' certificates: install fonts-noto-core and fonts-noto-cjk (scripts/test.sh does).");
    }

    /// <summary>Latin letters and digits for the code and URL, whatever the certificate's language.</summary>
    public static SKTypeface Latin() => For("en");
}
