using System.Buffers;

namespace SilkRoad.Catalogue.Importers.OpenAlex;

/// <summary>Trims text and collapses each run of whitespace into one space, without allocating when it is already clean.</summary>
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

    private static bool IsClean(string text)
    {
        var previousWasSpace = true; // a leading space is not clean
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousWasSpace) return false;
                previousWasSpace = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                previousWasSpace = false;
            }
        }
        return !previousWasSpace || text.Length == 0;
    }
}
