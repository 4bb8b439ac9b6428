using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace SilkRoad.Training.Certificates;

/// <summary>
/// Lays out one line of a certificate. HarfBuzz shapes a run in one direction, so a right-to-left line is cut into
/// runs first: numbers and Latin words stay left to right (a date's "2019" must not come out "9102") and the runs are
/// placed from the right, as the Unicode bidirectional algorithm would for these simple lines. Each run is then cut
/// again where the certificate's font lacks a character (a Thai or Cyrillic name on an Arabic certificate), and that
/// part is drawn in a font that has it.
/// </summary>
internal static partial class CertificateLine
{
    public enum Placement
    {
        Start,
        Center,
    }

    public static void Draw(SKCanvas canvas, string text, float size, float y, Placement placement, bool rightToLeft,
        SKTypeface primary, SKPaint ink, float width, float margin)
    {
        // Runs in reading order, each a list of pieces (one per font) laid left to right within the run.
        var runs = new List<List<(string Text, SKTypeface Typeface, float Width)>>();
        foreach (var run in rightToLeft ? BidiRuns(text) : [text])
        {
            var pieces = new List<(string Text, SKTypeface Typeface, float Width)>();
            foreach (var (part, typeface) in ByFont(run, primary))
            {
                using var font = new SKFont(typeface, size);
                using var shaper = new SKShaper(typeface);
                pieces.Add((part, typeface, shaper.Shape(part, font).Width));
            }
            runs.Add(pieces);
        }
        var total = runs.Sum(r => r.Sum(p => p.Width));
        var start = placement == Placement.Center ? (width - total) / 2 : rightToLeft ? width - margin - total : margin;
        var x = rightToLeft ? start + total : start;
        foreach (var run in runs)
        {
            var runWidth = run.Sum(p => p.Width);
            var left = rightToLeft ? x - runWidth : x;
            foreach (var (part, typeface, advance) in run)
            {
                using var font = new SKFont(typeface, size);
                using var shaper = new SKShaper(typeface);
                canvas.DrawShapedText(shaper, part, left, y, SKTextAlign.Left, font, ink);
                left += advance;
            }
            x = rightToLeft ? x - runWidth : x + runWidth;
        }
    }

    private static IEnumerable<string> BidiRuns(string text)
    {
        var at = 0;
        foreach (Match match in LeftToRight().Matches(text))
        {
            if (match.Index > at) yield return text[at..match.Index];
            yield return match.Value;
            at = match.Index + match.Length;
        }
        if (at < text.Length) yield return text[at..];
    }

    private static IEnumerable<(string Text, SKTypeface Typeface)> ByFont(string run, SKTypeface primary)
    {
        var current = new StringBuilder();
        SKTypeface? currentTypeface = null;
        using var probe = new SKFont(primary);
        foreach (var rune in run.EnumerateRunes())
        {
            var typeface = Rune.IsWhiteSpace(rune) && currentTypeface is not null ? currentTypeface
                : probe.ContainsGlyph(rune.Value) ? primary
                : Fallback(rune.Value) ?? primary;
            if (currentTypeface is not null && typeface != currentTypeface)
            {
                yield return (current.ToString(), currentTypeface);
                current.Clear();
            }
            currentTypeface = typeface;
            current.Append(rune.ToString());
        }
        if (currentTypeface is not null) yield return (current.ToString(), currentTypeface);
    }

    private static readonly Dictionary<int, SKTypeface?> Fallbacks = [];
    private static readonly Lock FallbackGate = new();

    // One typeface per script is enough for names: the first character of a run picks it, and it is kept for the process.
    private static SKTypeface? Fallback(int codepoint)
    {
        lock (FallbackGate)
        {
            var key = codepoint >> 7;
            if (!Fallbacks.TryGetValue(key, out var typeface))
            {
                typeface = SKFontManager.Default.MatchCharacter(codepoint);
                Fallbacks[key] = typeface;
            }
            return typeface;
        }
    }

    // A left-to-right run: letters of any script but Arabic and Hebrew, and digits, with the spaces and punctuation
    // between them (a Cyrillic name of two words is one run, kept in its order), beginning and ending on one of them.
    [GeneratedRegex(@"[\p{L}\p{Nd}-[\p{IsArabic}\p{IsHebrew}]](?:[\p{L}\p{M}\p{Nd} .,:/\-'-[\p{IsArabic}\p{IsHebrew}]]*[\p{L}\p{M}\p{Nd}-[\p{IsArabic}\p{IsHebrew}]])?")]
    private static partial Regex LeftToRight();
}
