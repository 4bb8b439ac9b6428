using System.Globalization;
using System.Text;

namespace SilkRoad.Search.Concepts.Rdf;

/// <summary>
/// Reads RDF 1.1 Turtle (https://www.w3.org/TR/turtle/) statement by statement, so a large thesaurus streams:
/// prefixes and base, IRIs, prefixed names, <c>a</c>, literals in all four quote styles with escapes, language tags
/// and datatypes, numbers and booleans, blank nodes (labelled and <c>[ ... ]</c>) and collections. A syntax error
/// names the line and column.
/// </summary>
public sealed class TurtleReader
{
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string XsdNamespace = "http://www.w3.org/2001/XMLSchema#";

    private readonly TextReader _reader;
    private readonly string _source;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly List<RdfTriple> _pending = [];
    private string _base;
    private int _line = 1;
    private int _column = 1;
    private int _blankNodes;

    public TurtleReader(TextReader reader, string source, string? baseIri = null)
    {
        _reader = reader;
        _source = source;
        _base = baseIri ?? "";
    }

    public static IEnumerable<RdfTriple> Read(TextReader reader, string source) => new TurtleReader(reader, source).Triples();

    public IEnumerable<RdfTriple> Triples()
    {
        while (true)
        {
            SkipSpace();
            if (Peek() < 0) yield break;
            Statement();
            foreach (var triple in _pending) yield return triple;
            _pending.Clear();
        }
    }

    private void Statement()
    {
        var c = Peek();
        if (c == '@')
        {
            Read();
            var keyword = Name();
            if (keyword == "prefix") Prefix();
            else if (keyword == "base") _base = BaseIri();
            else throw Error($"unknown directive @{keyword}");
            Expect('.');
            return;
        }
        if (c is 'P' or 'p' or 'B' or 'b' && TrySparqlDirective()) return;

        if (c == '[')
        {
            var subject = BlankNodePropertyList();
            SkipSpace();
            if (Peek() != '.') PredicateObjectList(subject);
        }
        else
        {
            PredicateObjectList(Subject());
        }
        Expect('.');
    }

    // PREFIX and BASE in SPARQL style: no '@', no closing dot. A prefixed name may begin with the same letters
    // (base:x, prefixes:y), so the keyword counts only when a space follows it.
    private bool TrySparqlDirective()
    {
        var word = PeekWord();
        if (word.Equals("PREFIX", StringComparison.OrdinalIgnoreCase))
        {
            Skip(word.Length);
            Prefix();
            return true;
        }
        if (word.Equals("BASE", StringComparison.OrdinalIgnoreCase))
        {
            Skip(word.Length);
            SkipSpace();
            _base = BaseIri();
            return true;
        }
        return false;
    }

    private void Prefix()
    {
        SkipSpace();
        var name = new StringBuilder();
        while (Peek() is var c and >= 0 && c != ':' && !char.IsWhiteSpace((char)c)) name.Append((char)Read());
        if (Peek() != ':') throw Error("a prefix name must end with ':'");
        Read();
        SkipSpace();
        _prefixes[name.ToString()] = Iri();
    }

    private RdfTerm Subject()
    {
        SkipSpace();
        return Peek() switch
        {
            '<' => RdfTerm.Iri(Iri()),
            '_' => BlankNodeLabel(),
            '(' => Collection(),
            _ => RdfTerm.Iri(PrefixedName()),
        };
    }

    private void PredicateObjectList(RdfTerm subject)
    {
        while (true)
        {
            SkipSpace();
            var predicate = Verb();
            while (true)
            {
                _pending.Add(new RdfTriple(subject, predicate, Object()));
                SkipSpace();
                if (Peek() != ',') break;
                Read();
            }
            SkipSpace();
            if (Peek() != ';') return;
            // Repeated semicolons and a semicolon before the end are allowed.
            while (Peek() == ';')
            {
                Read();
                SkipSpace();
            }
            if (Peek() is '.' or ']' or < 0) return;
        }
    }

    private string Verb()
    {
        if (Peek() == 'a')
        {
            var word = PeekWord();
            if (word == "a")
            {
                Read();
                return RdfNamespace + "type";
            }
        }
        return Peek() == '<' ? Iri() : PrefixedName();
    }

    private RdfTerm Object()
    {
        SkipSpace();
        var c = Peek();
        switch (c)
        {
            case '<': return RdfTerm.Iri(Iri());
            case '_': return BlankNodeLabel();
            case '[': return BlankNodePropertyList();
            case '(': return Collection();
            case '"' or '\'': return Literal();
            case >= '0' and <= '9' or '+' or '-' or '.': return Number();
        }
        var word = PeekWord();
        if (word is "true" or "false")
        {
            Skip(word.Length);
            return RdfTerm.Literal(word, datatype: XsdNamespace + "boolean");
        }
        return RdfTerm.Iri(PrefixedName());
    }

    private RdfTerm BlankNodePropertyList()
    {
        Expect('[');
        using var _ = Nest();
        var node = RdfTerm.Blank("b" + (++_blankNodes).ToString(CultureInfo.InvariantCulture));
        SkipSpace();
        if (Peek() != ']') PredicateObjectList(node);
        Expect(']');
        return node;
    }

    private RdfTerm Collection()
    {
        Expect('(');
        using var _ = Nest();
        var items = new List<RdfTerm>();
        while (true)
        {
            SkipSpace();
            if (Peek() == ')') break;
            if (Peek() < 0) throw Error("a collection is not closed with ')'");
            items.Add(Object());
        }
        Read();
        if (items.Count == 0) return RdfTerm.Iri(RdfNamespace + "nil");
        var head = RdfTerm.Blank("b" + (++_blankNodes).ToString(CultureInfo.InvariantCulture));
        var node = head;
        for (var i = 0; i < items.Count; i++)
        {
            _pending.Add(new RdfTriple(node, RdfNamespace + "first", items[i]));
            var next = i == items.Count - 1
                ? RdfTerm.Iri(RdfNamespace + "nil")
                : RdfTerm.Blank("b" + (++_blankNodes).ToString(CultureInfo.InvariantCulture));
            _pending.Add(new RdfTriple(node, RdfNamespace + "rest", next));
            node = next;
        }
        return head;
    }

    private RdfTerm BlankNodeLabel()
    {
        Read();
        if (Read() != ':') throw Error("a blank node label starts with '_:'");
        var label = new StringBuilder();
        while (Peek() is var c and >= 0 && IsNameChar((char)c)) label.Append((char)Read());
        TrimTrailingDots(label);
        return RdfTerm.Blank("n" + label);
    }

    private string Iri()
    {
        SkipSpace();
        if (Read() != '<') throw Error("an IRI must start with '<'");
        var iri = new StringBuilder();
        while (true)
        {
            var c = Read();
            if (c < 0 || c == '\n') throw Error("an IRI is not closed with '>'");
            if (c == '>') break;
            if (c == '\\') iri.Append(UnicodeEscape());
            else iri.Append((char)c);
        }
        return Resolve(iri.ToString());
    }

    private string BaseIri()
    {
        var iri = Iri();
        return Uri.TryCreate(iri, UriKind.Absolute, out _) ? iri : throw Error($"the base <{iri}> is not an absolute IRI");
    }

    private string Resolve(string iri)
    {
        if (_base.Length == 0 || iri.Contains(':', StringComparison.Ordinal)) return iri;
        return Uri.TryCreate(new Uri(_base), iri, out var resolved) ? resolved.ToString() : _base + iri;
    }

    private string PrefixedName()
    {
        var prefix = new StringBuilder();
        while (Peek() is var c and >= 0 && c != ':' && IsNameChar((char)c)) prefix.Append((char)Read());
        if (Peek() != ':')
        {
            throw Error(prefix.Length == 0
                ? $"unexpected '{Describe(Peek())}'"
                : $"'{prefix}' is neither a prefixed name nor a keyword");
        }
        Read();
        if (!_prefixes.TryGetValue(prefix.ToString(), out var ns)) throw Error($"the prefix '{prefix}:' is not declared");
        var local = new StringBuilder();
        while (Peek() is var c and >= 0)
        {
            if (c == '\\')
            {
                Read();
                local.Append((char)Read());
            }
            else if (c == '%' || c == ':' || IsNameChar((char)c))
            {
                local.Append((char)Read());
            }
            else
            {
                break;
            }
        }
        TrimTrailingDots(local);
        return ns + local;
    }

    // A local name may hold dots but not end with one: "ex:a." is ex:a followed by the statement's end.
    private void TrimTrailingDots(StringBuilder name)
    {
        while (name.Length > 0 && name[^1] == '.')
        {
            name.Length--;
            _pushedBack++;
        }
    }

    private RdfTerm Literal()
    {
        var quote = (char)Read();
        var isLong = false;
        if (Peek() == quote)
        {
            Read();
            if (Peek() != quote) return Annotated(""); // an empty short string
            Read();
            isLong = true;
        }
        var text = new StringBuilder();
        while (true)
        {
            var c = Read();
            if (c < 0) throw Error("a string is not closed");
            if (c == '\\')
            {
                text.Append(Escape());
                continue;
            }
            if (c == quote)
            {
                if (!isLong) break;
                if (Peek() == quote)
                {
                    Read();
                    if (Peek() == quote)
                    {
                        Read();
                        // """a"""" ends with a quote inside the string.
                        while (Peek() == quote)
                        {
                            text.Append(quote);
                            Read();
                        }
                        break;
                    }
                    text.Append(quote).Append(quote);
                    continue;
                }
                text.Append(quote);
                continue;
            }
            if (!isLong && c is '\n' or '\r') throw Error("a line break inside a short string (use \"\"\" for long text)");
            text.Append((char)c);
        }
        return Annotated(text.ToString());
    }

    private RdfTerm Annotated(string value)
    {
        if (Peek() == '@')
        {
            Read();
            var tag = new StringBuilder();
            while (Peek() is var c and >= 0 && (char.IsAsciiLetterOrDigit((char)c) || c == '-')) tag.Append((char)Read());
            if (tag.Length == 0) throw Error("a language tag is empty");
            return RdfTerm.Literal(value, language: tag.ToString().ToLowerInvariant());
        }
        if (Peek() == '^')
        {
            Read();
            if (Read() != '^') throw Error("a datatype starts with '^^'");
            var datatype = Peek() == '<' ? Iri() : PrefixedName();
            return RdfTerm.Literal(value, datatype: datatype);
        }
        return RdfTerm.Literal(value);
    }

    private RdfTerm Number()
    {
        var text = new StringBuilder();
        while (Peek() is var c and >= 0 && (char.IsAsciiDigit((char)c) || c is '+' or '-' or '.' or 'e' or 'E'))
            text.Append((char)Read());
        TrimTrailingDots(text);
        var value = text.ToString();
        if (value.Length == 0 || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            throw Error($"'{value}' is not a number");
        var type = value.Contains('e', StringComparison.OrdinalIgnoreCase) ? "double" : value.Contains('.', StringComparison.Ordinal) ? "decimal" : "integer";
        return RdfTerm.Literal(value, datatype: XsdNamespace + type);
    }

    private string Escape()
    {
        var c = Read();
        return c switch
        {
            't' => "\t",
            'b' => "\b",
            'n' => "\n",
            'r' => "\r",
            'f' => "\f",
            '"' => "\"",
            '\'' => "'",
            '\\' => "\\",
            'u' => Hex(4),
            'U' => Hex(8),
            _ => throw Error($"unknown escape \\{Describe(c)}"),
        };
    }

    private string UnicodeEscape() => Read() switch
    {
        'u' => Hex(4),
        'U' => Hex(8),
        var c => throw Error($"unknown escape \\{Describe(c)} in an IRI"),
    };

    private string Hex(int digits)
    {
        var hex = new StringBuilder(digits);
        for (var i = 0; i < digits; i++) hex.Append((char)Read());
        if (!int.TryParse(hex.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF
            || code is >= 0xD800 and <= 0xDFFF)
            throw Error($"'{hex}' is not a code point (a UTF-16 surrogate is not one)");
        return char.ConvertFromUtf32(code);
    }

    private string Name()
    {
        var name = new StringBuilder();
        while (Peek() is var c and >= 0 && char.IsAsciiLetter((char)c)) name.Append((char)Read());
        return name.ToString();
    }

    private string PeekWord()
    {
        // Words that matter here are short (a, true, false, PREFIX, BASE): look at most 7 characters ahead.
        var word = new StringBuilder();
        for (var i = 0; i < 7; i++)
        {
            var c = PeekAt(i);
            if (c < 0 || !char.IsAsciiLetter((char)c)) break;
            word.Append((char)c);
        }
        var after = PeekAt(word.Length);
        return after < 0 || char.IsWhiteSpace((char)after) || after is '<' or '[' or '"' or ';' or ',' or '.' or ']' ? word.ToString() : "";
    }

    private static bool IsNameChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '\u00B7' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;

    private void Expect(char expected)
    {
        SkipSpace();
        var c = Peek();
        if (c != expected) throw Error(c < 0 ? $"the file ends where '{expected}' was expected" : $"'{expected}' expected, found '{Describe(c)}'");
        Read();
    }

    private void SkipSpace()
    {
        while (Peek() is var c and >= 0)
        {
            if (c == '#')
            {
                while (Peek() is >= 0 and not '\n') Read();
            }
            else if (char.IsWhiteSpace((char)c) || c == '\uFEFF')
            {
                Read();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Blank nodes and collections nested deeper than this are refused (a file could otherwise exhaust the
    /// stack of whoever reads it).</summary>
    public const int MaxNesting = 256;

    private int _nesting;

    private Nesting Nest()
    {
        if (++_nesting > MaxNesting) throw Error($"blank nodes or collections nested deeper than {MaxNesting}");
        return new Nesting(this);
    }

    private readonly struct Nesting(TurtleReader reader) : IDisposable
    {
        public void Dispose() => reader._nesting--;
    }

    private static string Describe(int c) => c < 0 ? "end of file" : ((char)c).ToString();

    private RdfSyntaxException Error(string reason) => new(_source, _line, _column, reason);

    // A small look-ahead window over the reader: PeekWord needs a few characters, and a trailing dot of a name is
    // given back as the statement's end.
    private readonly List<int> _ahead = [];
    private int _pushedBack;

    private int Peek() => PeekAt(0);

    private int PeekAt(int offset)
    {
        if (_pushedBack > 0)
        {
            if (offset < _pushedBack) return '.';
            offset -= _pushedBack;
        }
        while (_ahead.Count <= offset) _ahead.Add(_reader.Read());
        return _ahead[offset];
    }

    private void Skip(int count)
    {
        for (var i = 0; i < count; i++) Read();
    }

    private int Read()
    {
        int c;
        if (_pushedBack > 0)
        {
            _pushedBack--;
            return '.';
        }
        if (_ahead.Count > 0)
        {
            c = _ahead[0];
            _ahead.RemoveAt(0);
        }
        else
        {
            c = _reader.Read();
        }
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else if (c >= 0)
        {
            _column++;
        }
        return c;
    }
}
