using System.Globalization;
using System.Text;

namespace SilkRoad.Catalogue.Importers.Bibtex;

/// <summary>
/// Parses the blocks the scanner cuts. One parser serves one file, because <c>@string</c> macros defined early in a
/// file apply to the entries after them.
/// </summary>
internal sealed class BibtexEntryParser
{
    // BibTeX's standard styles define the month macros; bibliographies rely on them (month = jan).
    private readonly Dictionary<string, string> macros = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    }.ToDictionary(month => month[..3], month => month, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Parses a block. Returns the entry for a bibliographic entry, null with no error for <c>@string</c> and
    /// <c>@preamble</c> (which only change state or carry nothing for the catalogue), or the reason it failed.
    /// </summary>
    public BibtexEntry? Parse(BibtexChunk chunk, out string? error)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        error = chunk.Error;
        if (chunk.Text is null) return null;

        var cursor = new Cursor(chunk.Text, chunk.StartLine);
        try
        {
            cursor.Expect('@');
            cursor.SkipSpace();
            cursor.ReadName();
            cursor.SkipSpace();
            var closer = cursor.Next() == '{' ? '}' : ')';

            if (chunk.Type.Equals("preamble", StringComparison.OrdinalIgnoreCase)) return null;
            if (chunk.Type.Equals("string", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (name, value) in ReadFields(cursor, closer)) macros[name] = value;
                return null;
            }

            var key = ReadKey(cursor, closer);
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in ReadFields(cursor, closer)) fields.TryAdd(name, value);
            return new BibtexEntry(chunk.Type, key, fields, chunk.StartLine);
        }
        catch (FormatException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    private static string ReadKey(Cursor cursor, char closer)
    {
        cursor.SkipSpace();
        var start = cursor.Position;
        while (!cursor.AtEnd && cursor.Peek() is not (',' or '=' or '{' or '}' or '(' or ')' or '"')
               && !char.IsWhiteSpace(cursor.Peek()))
        {
            cursor.Next();
        }
        var key = cursor.Slice(start);
        cursor.SkipSpace();
        if (key.Length == 0 || cursor.Peek() == '=') throw new FormatException("missing key");
        if (cursor.Peek() != ',' && cursor.Peek() != closer) throw cursor.Error($"expected ',' after the key '{key}'");
        return key;
    }

    private List<(string Name, string Value)> ReadFields(Cursor cursor, char closer)
    {
        var fields = new List<(string, string)>();
        while (true)
        {
            cursor.SkipSpace();
            var c = cursor.Next();
            if (c == closer) return fields;
            if (c != ',' && fields.Count > 0) throw cursor.Error("expected ',' between fields", back: 1);
            if (c != ',') cursor.Back();

            cursor.SkipSpace();
            if (cursor.Peek() == closer)
            {
                cursor.Next();
                return fields; // a trailing comma is allowed
            }

            var name = cursor.ReadName();
            cursor.SkipSpace();
            if (cursor.Peek() != '=') throw cursor.Error($"expected '=' after the field '{name}'");
            cursor.Next();
            fields.Add((name.ToLowerInvariant(), ReadValue(cursor, name)));
        }
    }

    private string ReadValue(Cursor cursor, string field)
    {
        var value = new StringBuilder();
        while (true)
        {
            cursor.SkipSpace();
            var c = cursor.Peek();
            if (c == '{')
            {
                value.Append(cursor.ReadBalanced());
            }
            else if (c == '"')
            {
                value.Append(cursor.ReadQuoted());
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = cursor.Position;
                while (!cursor.AtEnd && char.IsAsciiDigit(cursor.Peek())) cursor.Next();
                value.Append(cursor.Slice(start));
            }
            else if (IsNameChar(c))
            {
                // BibTeX expands an undefined macro to nothing (with a warning); so do we.
                var macro = cursor.ReadName();
                if (macros.TryGetValue(macro, out var expansion)) value.Append(expansion);
            }
            else
            {
                throw cursor.Error($"expected a value for the field '{field}'");
            }

            cursor.SkipSpace();
            if (cursor.Peek() != '#') return value.ToString();
            cursor.Next();
        }
    }

    // BibTeX forbids these in names and macros: " # % ' ( ) , = { }
    private static bool IsNameChar(char c) =>
        c > ' ' && !char.IsWhiteSpace(c) && c is not ('"' or '#' or '%' or '\'' or '(' or ')' or ',' or '=' or '{' or '}');

    private sealed class Cursor(string text, long startLine)
    {
        public int Position { get; private set; }

        public bool AtEnd => Position >= text.Length;

        public char Peek() => AtEnd ? '\0' : text[Position];

        public char Next()
        {
            if (AtEnd) throw Error("unexpected end of the entry");
            return text[Position++];
        }

        public void Back() => Position--;

        public string Slice(int start) => text[start..Position];

        public void Expect(char expected)
        {
            if (Next() != expected) throw Error($"expected '{expected}'", back: 1);
        }

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Position])) Position++;
        }

        public string ReadName()
        {
            var start = Position;
            while (!AtEnd && IsNameChar(text[Position])) Position++;
            if (Position == start) throw Error("expected a field name");
            return Slice(start);
        }

        /// <summary>Reads <c>{…}</c> and returns what is inside the outer braces.</summary>
        public string ReadBalanced()
        {
            var open = Position;
            var depth = 0;
            while (!AtEnd)
            {
                var c = text[Position++];
                if (c == '\\') Position++;
                else if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return text[(open + 1)..(Position - 1)];
            }
            Position = open;
            throw Error("unbalanced braces in a value");
        }

        /// <summary>Reads <c>"…"</c>: a quote inside braces (<c>{"}</c>) or escaped (<c>\"o</c>) does not end it.</summary>
        public string ReadQuoted()
        {
            var open = Position++;
            var depth = 0;
            while (!AtEnd)
            {
                var c = text[Position++];
                if (c == '\\') Position++;
                else if (c == '{') depth++;
                else if (c == '}') depth--;
                else if (c == '"' && depth == 0) return text[(open + 1)..(Position - 1)];
            }
            Position = open;
            throw Error("unterminated quoted value");
        }

        public FormatException Error(string reason, int back = 0)
        {
            var at = Math.Clamp(Position - back, 0, text.Length);
            var line = startLine + text.AsSpan(0, at).Count('\n');
            return new FormatException(string.Create(CultureInfo.InvariantCulture, $"{reason} (line {line})"));
        }
    }
}
