using QRCoder;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace SilkRoad.Training.Certificates;

/// <summary>
/// Draws a certificate as a one-page A4 landscape PDF with SkiaSharp: text shaped by HarfBuzz (Arabic joined and laid
/// right to left, Chinese from an embedded CJK font), and a QR code of the verification URL drawn as vector squares.
/// Skia's PDF backend writes a ToUnicode map for the glyphs it embeds, so the text can be selected and extracted.
/// (PDFsharp, the other candidate, has no Arabic shaping; see DEPENDENCIES.md.)
/// </summary>
public static class CertificatePdfWriter
{
    private const float Width = 842;  // A4 landscape, in PDF points
    private const float Height = 595;
    private const float Margin = 60;

    public static void Write(CertificatePdfContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        var rightToLeft = content.Language == "ar";
        using var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = content.Heading,
            Subject = content.Code,
            Creator = "SilkRoad",
            RasterDpi = 300,
        });
        using var canvas = document.BeginPage(Width, Height);
        using var border = new SKPaint { Color = new SKColor(0x1F, 0x4E, 0x79), Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
        canvas.DrawRect(24, 24, Width - 48, Height - 48, border);

        using var typeface = CertificateFonts.For(content.Language);
        using var latin = CertificateFonts.Latin();
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var latinShaper = new SKShaper(latin);

        CertificateLine.Draw(canvas, content.Heading, 34, 130, CertificateLine.Placement.Center, rightToLeft, typeface, ink, Width, Margin);
        CertificateLine.Draw(canvas, content.HolderName, 28, 190, CertificateLine.Placement.Center, rightToLeft, typeface, ink, Width, Margin);
        var y = 246f;
        foreach (var text in content.Lines)
        {
            CertificateLine.Draw(canvas, text, 16, y, CertificateLine.Placement.Start, rightToLeft, typeface, ink, Width, Margin);
            y += 28;
        }

        // The code and the URL stay left to right in every language; they sit beside the QR code at the foot.
        var qrSize = 110f;
        var qrX = rightToLeft ? Margin : Width - Margin - qrSize;
        var qrY = Height - Margin - qrSize;
        DrawQr(canvas, content.VerifyUrl.AbsoluteUri, qrX, qrY, qrSize);
        using var small = new SKFont(latin, 12);
        using var codeFont = new SKFont(latin, 18);
        var textX = rightToLeft ? Margin + qrSize + 20 : Margin;
        canvas.DrawShapedText(latinShaper, content.Code, textX, qrY + 40, SKTextAlign.Left, codeFont, ink);
        canvas.DrawShapedText(latinShaper, content.VerifyUrl.AbsoluteUri, textX, qrY + 70, SKTextAlign.Left, small, ink);
        document.EndPage();
        document.Close();
    }

    private static void DrawQr(SKCanvas canvas, string url, float x, float y, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var cell = size / modules.Count;
        using var dark = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Count; column++)
            {
                if (modules[row][column]) canvas.DrawRect(x + column * cell, y + row * cell, cell, cell, dark);
            }
        }
    }
}
