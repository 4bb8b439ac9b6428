using System.Buffers;
using System.Text;

namespace SilkRoad.Catalogue.Importers.Bibtex;

/// <summary>
/// Turns the LaTeX that BibTeX values carry into plain Unicode text: accents (<c>{\"o}</c>, <c>\v{s}</c>, <c>\c c</c>),
/// special letters (<c>\ss</c>, <c>\o</c>), escaped characters, dashes and ties, and protective braces. Text that is
/// already Unicode passes through unchanged.
/// </summary>
internal static class LatexDecoder
{
    // Accents become a combining mark after their letter; NFC then composes "o" + U+0308 into "ö".
    private static readonly Dictionary<string, char> Accents = Table<char>(
    [
        ("\"", '\u0308'), ("'", '\u0301'), ("`", '\u0300'), ("^", '\u0302'), ("~", '\u0303'),
        ("=", '\u0304'), (".", '\u0307'), ("u", '\u0306'), ("v", '\u030C'), ("H", '\u030B'),
        ("c", '\u0327'), ("k", '\u0328'), ("r", '\u030A'), ("d", '\u0323'), ("b", '\u0331'),
        ("t", '\u0361'),
    ]);

    private static readonly Dictionary<string, string> Symbols = Table<string>(
    [
        ("ss", "ß"), ("SS", "SS"), ("o", "ø"), ("O", "Ø"), ("aa", "å"), ("AA", "Å"), ("ae", "æ"), ("AE", "Æ"),
        ("oe", "œ"), ("OE", "Œ"), ("l", "ł"), ("L", "Ł"), ("i", "ı"), ("j", "ȷ"), ("dh", "ð"), ("DH", "Ð"),
        ("th", "þ"), ("TH", "Þ"), ("ng", "ŋ"), ("NG", "Ŋ"), ("dj", "đ"), ("DJ", "Đ"),
        ("textendash", "–"), ("textemdash", "—"), ("ldots", "…"), ("dots", "…"), ("textellipsis", "…"),
        ("textquoteleft", "‘"), ("textquoteright", "’"), ("textquotedblleft", "“"), ("textquotedblright", "”"),
        ("guillemotleft", "«"), ("guillemotright", "»"), ("textdegree", "°"), ("degree", "°"),
        ("copyright", "©"), ("textregistered", "®"), ("texttrademark", "™"), ("S", "§"), ("P", "¶"),
        ("pounds", "£"), ("texteuro", "€"), ("euro", "€"), ("textbackslash", "\\"), ("textasciitilde", "~"),
        ("textunderscore", "_"), ("times", "×"), ("pm", "±"), ("cdot", "·"), ("deg", "°"), ("infty", "∞"),
        ("le", "≤"), ("leq", "≤"), ("ge", "≥"), ("geq", "≥"), ("neq", "≠"), ("approx", "≈"),
        ("TeX", "TeX"), ("LaTeX", "LaTeX"), ("BibTeX", "BibTeX"),
        ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ε"), ("varepsilon", "ε"),
        ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("iota", "ι"), ("kappa", "κ"), ("lambda", "λ"),
        ("mu", "μ"), ("nu", "ν"), ("xi", "ξ"), ("pi", "π"), ("rho", "ρ"), ("sigma", "σ"), ("tau", "τ"),
        ("upsilon", "υ"), ("phi", "φ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"), ("omega", "ω"),
        ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
        ("Sigma", "Σ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
    ]);

    // Commands whose argument is the text itself: \emph{Word} reads as "Word".
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "emph", "textit", "textbf", "textrm", "textsf", "texttt", "textsc", "textup", "textsl", "textnormal",
        "text", "mbox", "hbox", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "mathnormal",
        "textsuperscript", "textsubscript", "uppercase", "lowercase", "MakeUppercase", "MakeLowercase", "url",
        "it", "bf", "em", "rm", "sc", "sf", "tt", "sl", "NoCaseChange", "protect",
    };

    private static readonly SearchValues<char> Markup = SearchValues.Create("\\{}$~-`'");

    private static Dictionary<string, T> Table<T>((string Name, T Value)[] rows) =>
        rows.ToDictionary(row => row.Name, row => row.Value, StringComparer.Ordinal);

    public static string Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(Markup) < 0) return value;
        var output = new StringBuilder(value.Length);
        var position = 0;
        DecodeInto(value, ref position, value.Length, output);
        return output.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void DecodeInto(string text, ref int i, int end, StringBuilder output)
    {
        while (i < end)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    DecodeCommand(text, ref i, end, output);
                    break;
                case '{' or '}' or '$':
                    i++; // protective braces and math delimiters carry no text
                    break;
                case '~':
                    output.Append(' ');
                    i++;
                    break;
                case '-':
                    var run = 1;
                    while (i + run < end && text[i + run] == '-') run++;
                    output.Append(run switch { 2 => "–", 3 => "—", _ => new string('-', run) });
                    i += run;
                    break;
                case '`' when i + 1 < end && text[i + 1] == '`':
                    output.Append('“');
                    i += 2;
                    break;
                case '\'' when i + 1 < end && text[i + 1] == '\'':
                    output.Append('”');
                    i += 2;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }
    }

    private static void DecodeCommand(string text, ref int i, int end, StringBuilder output)
    {
        i++; // the backslash
        if (i >= end)
        {
            output.Append('\\');
            return;
        }

        var first = text[i];
        if (!char.IsAsciiLetter(first))
        {
            i++;
            var symbol = first.ToString();
            if (Accents.TryGetValue(symbol, out var mark)) AppendAccented(text, ref i, end, mark, output);
            else if (first is '\\' or ' ' or '\t' or '\n' or ',' or ';' or ':' or '>') output.Append(' ');
            else if (first is '-' or '/' or '!' or '@') { } // hyphenation hints and spacing corrections
            else output.Append(first); // \& \% \$ \_ \# \{ \}
            return;
        }

        var start = i;
        while (i < end && char.IsAsciiLetter(text[i])) i++;
        var name = text[start..i];
        var skipped = SkipSpaces(text, ref i, end);

        if (Accents.TryGetValue(name, out var accent))
        {
            AppendAccented(text, ref i, end, accent, output);
        }
        else if (Symbols.TryGetValue(name, out var symbolText))
        {
            // TeX eats the space after a control word; that joins letters (Stra\ss e) but not "3 \times 4".
            output.Append(symbolText);
            if (skipped && !char.IsLetter(symbolText[0])) output.Append(' ');
        }
        else if (name == "noopsort" && i < end && text[i] == '{')
        {
            // \noopsort{1999} only steers sorting (its preamble defines it to print nothing).
            i = Math.Min(MatchingBrace(text, i, end) + 1, end);
        }
        else if (Wrappers.Contains(name))
        {
            // The argument follows; the main loop drops its braces.
        }
        else
        {
            // Unknown command: keep it as written rather than lose text we cannot render.
            output.Append('\\').Append(name);
            if (skipped) output.Append(' ');
        }
    }

    private static void AppendAccented(string text, ref int i, int end, char mark, StringBuilder output)
    {
        SkipSpaces(text, ref i, end);
        if (i >= end) return;

        string argument;
        if (text[i] == '{')
        {
            var close = MatchingBrace(text, i, end);
            var inner = new StringBuilder();
            var position = i + 1;
            DecodeInto(text, ref position, close, inner);
            argument = inner.ToString();
            i = Math.Min(close + 1, end);
        }
        else if (text[i] == '\\')
        {
            var inner = new StringBuilder();
            DecodeCommand(text, ref i, end, inner);
            argument = inner.ToString();
        }
        else
        {
            argument = text[i].ToString();
            i++;
        }

        // The dotless i and j take accents in LaTeX; in Unicode the dotted letter composes with them (ï, í).
        if (argument.Length > 0 && argument[0] is 'ı' or 'ȷ') argument = (argument[0] == 'ı' ? "i" : "j") + argument[1..];
        if (argument.Length == 0)
        {
            output.Append(mark);
            return;
        }

        var firstLength = char.IsSurrogate(argument[0]) && argument.Length > 1 ? 2 : 1;
        output.Append(argument, 0, firstLength).Append(mark).Append(argument, firstLength, argument.Length - firstLength);
    }

    private static bool SkipSpaces(string text, ref int i, int end)
    {
        var start = i;
        while (i < end && text[i] is ' ' or '\t' or '\n' or '\r') i++;
        return i > start;
    }

    private static int MatchingBrace(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0) return i;
                    break;
            }
        }
        return end;
    }

    /// <summary>
    /// For identifiers and URLs, where dashes and tildes are literal: drops braces and undoes escapes only
    /// (<c>10.1000/a\_b</c> is the DOI <c>10.1000/a_b</c>).
    /// </summary>
    public static string DecodeVerbatim(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var output = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '{' or '}') continue;
            if (c == '\\' && i + 1 < value.Length && value[i + 1] is '_' or '%' or '&' or '#' or '$' or '~' or '{' or '}')
            {
                output.Append(value[++i]);
                continue;
            }
            output.Append(c);
        }
        return output.ToString();
    }
}
