using System.Buffers;

namespace SilkRoad.Catalogue.Importers;

/// <summary>
/// Trims text and collapses each run of whitespace into one space, without allocating when it is already clean. Every
/// reader cleans its values with it, so "same text" means the same thing whatever the format.
/// </summary>
internal static class TextCleaner
{
    /// <summary>The cleaned text, or null when nothing but whitespace is left.</summary>
    public static string? Collapse(string? text)
    {
        if (text is null) return null;
        if (IsClean(text)) return text.Length == 0 ? null : text;
        var buffer = text.Length <= 512 ? null : ArrayPool<char>.Shared.Rent(text.Length);
        var target = buffer is null ? stackalloc char[text.Length] : buffer.AsSpan(0, text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) target[length++] = ' ';
            pendingSpace = false;
            target[length++] = c;
        }
        var cleaned = length == 0 ? null : new string(target[..length]);
        if (buffer is not null) ArrayPool<char>.Shared.Return(buffer);
        return cleaned;
    }

    // Unicode White_Space other than the plain space (what char.IsWhiteSpace accepts), searched vectorised.
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private static bool IsClean(string text) =>
        text.Length == 0
        || (text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAny(OtherWhitespace) < 0
            && !text.Contains("  ", StringComparison.Ordinal));
}
