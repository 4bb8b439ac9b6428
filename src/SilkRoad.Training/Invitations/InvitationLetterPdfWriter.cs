using SilkRoad.Training.Certificates;
using SkiaSharp;

namespace SilkRoad.Training.Invitations;

/// <summary>
/// Draws an invitation letter as a one-page A4 portrait PDF with the certificate's text machinery
/// (<see cref="CertificateLine"/>: HarfBuzz shaping, right to left for Arabic with numbers and Latin names kept in
/// their order, font fallback for other scripts; <see cref="CertificateFonts"/>), so the text can be extracted.
/// Paragraphs are wrapped at spaces, and anywhere in Chinese, which has none.
/// </summary>
public static class InvitationLetterPdfWriter
{
    private const float Width = 595;  // A4 portrait, in PDF points
    private const float Height = 842;
    private const float Margin = 64;
    private const float TextSize = 12;
    private const float Leading = 19;

    public static void Write(InvitationLetterPdfContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        var rightToLeft = content.Language == "ar";
        using var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = content.Heading, Creator = "SilkRoad", RasterDpi = 300 });
        using var canvas = document.BeginPage(Width, Height);
        using var rule = new SKPaint { Color = new SKColor(0x1F, 0x4E, 0x79), Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
        canvas.DrawLine(Margin, 120, Width - Margin, 120, rule);
        using var typeface = CertificateFonts.For(content.Language);
        using var latin = CertificateFonts.Latin();
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };

        CertificateLine.Draw(canvas, "SilkRoad International Training Base for Engineers", 11, 80, CertificateLine.Placement.Center, false,
            latin, ink, Width, Margin);
        CertificateLine.Draw(canvas, content.Heading, 22, 170, CertificateLine.Placement.Center, rightToLeft, typeface, ink, Width, Margin);
        CertificateLine.Draw(canvas, content.NativeName, 18, 215, CertificateLine.Placement.Center, rightToLeft, typeface, ink, Width, Margin);
        if (content.LatinName != content.NativeName)
            CertificateLine.Draw(canvas, content.LatinName, 14, 240, CertificateLine.Placement.Center, false, latin, ink, Width, Margin);
        var y = 290f;
        using var measure = new SKFont(typeface, TextSize);
        foreach (var paragraph in content.Paragraphs)
        {
            foreach (var line in Wrap(paragraph, measure, Width - 2 * Margin))
            {
                CertificateLine.Draw(canvas, line, TextSize, y, CertificateLine.Placement.Start, rightToLeft, typeface, ink, Width, Margin);
                y += Leading;
            }
            y += Leading / 2;
        }
        CertificateLine.Draw(canvas, content.Signature, TextSize, Math.Max(y + 30, Height - 140), CertificateLine.Placement.Start, rightToLeft,
            typeface, ink, Width, Margin);
        document.EndPage();
        document.Close();
    }

    // The font's own advances are close enough to the shaped width to choose where a line ends.
    internal static IEnumerable<string> Wrap(string paragraph, SKFont font, float width)
    {
        var line = "";
        foreach (var piece in Pieces(paragraph))
        {
            var candidate = line + piece;
            if (line.Length > 0 && font.MeasureText(candidate.TrimEnd()) > width)
            {
                yield return line.TrimEnd();
                line = piece.TrimStart();
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Trim().Length > 0) yield return line.TrimEnd();
    }

    // Words with the space after them; each Han character on its own, since Chinese breaks between any two.
    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
            else if (text[i] is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF')
            {
                if (i > start) yield return text[start..i];
                yield return text[i..(i + 1)];
                start = i + 1;
            }
        }
        if (start < text.Length) yield return text[start..];
    }
}
