using System.Buffers;
using System.Text;

namespace SilkRoad.Catalogue.Resources;

/// <summary>
/// Removes what no text field should hold and PostgreSQL refuses outright: NUL and the other C0 control characters
/// (tab, line feed and carriage return stay), DEL, and unpaired UTF-16 surrogates (replaced by U+FFFD). Without this,
/// one such character in one title fails a whole batch on PostgreSQL while SQLite stores it. Text without any of
/// them is returned as it is, without a copy.
/// </summary>
public static class TextSanitizer
{
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014" +
        "\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    public static void Clean(ResourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        CleanAll(record.Titles);
        CleanAll(record.Abstracts);
        CleanAll(record.Keywords);
        for (var i = 0; i < record.Contributors.Count; i++)
        {
            var contributor = record.Contributors[i];
            record.Contributors[i] = contributor with
            {
                Name = Clean(contributor.Name),
                Affiliation = contributor.Affiliation is null ? null : Clean(contributor.Affiliation),
            };
        }
        for (var i = 0; i < record.Subjects.Count; i++) record.Subjects[i] = Clean(record.Subjects[i]);
        if (record.Publisher is not null) record.Publisher = Clean(record.Publisher);
        if (record.Licence is not null) record.Licence = Clean(record.Licence);
    }

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (span.IndexOfAny(Suspicious) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (Suspicious.Contains(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                builder.Append(c).Append(span[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return builder.ToString();
    }

    private static void CleanAll(List<LocalizedText> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var cleaned = Clean(values[i].Text);
            if (!ReferenceEquals(cleaned, values[i].Text)) values[i] = values[i] with { Text = cleaned };
        }
    }
}
