namespace SilkRoad.Search.Queries;

/// <summary>
/// Splits a query into words, phrases, field prefixes, operators and parentheses. Operators are recognised only
/// where they stand alone and in capitals (<c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>&amp;&amp;</c>, <c>||</c>), or as a
/// leading <c>+</c>, <c>-</c> or <c>!</c>; everything else is text. Field names are recognised only when known
/// (<see cref="QueryFields"/>), so <c>ratio 3:1</c> and <c>C++: a primer</c> stay words.
/// </summary>
internal static class QueryLexer
{
    // Opening quotation marks and what may close each. Curly and low quotes may also be closed by a straight one,
    // which a keyboard gives when the opening one was auto-corrected.
    private static readonly Dictionary<char, string> Closers = new()
    {
        ['"'] = "\"",
        ['＂'] = "＂\"",
        ['“'] = "”\"",
        ['„'] = "“”\"",
        ['«'] = "»",
        ['《'] = "》",
        ['「'] = "」",
        ['『'] = "』",
    };

    // A closing mark with no opening one is dropped, as a reader would.
    private const string StrayClosers = "”»》」』";

    public static List<QueryToken> Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || StrayClosers.Contains(c))
            {
                i++;
            }
            else if (c is '(' or '（')
            {
                tokens.Add(new(QueryTokenKind.OpenGroup, i, "("));
                i++;
            }
            else if (c is ')' or '）')
            {
                tokens.Add(new(QueryTokenKind.CloseGroup, i, ")"));
                i++;
            }
            else if (Closers.TryGetValue(c, out var closers))
            {
                i = ReadPhrase(query, i, closers, tokens);
            }
            else if (c is '+' or '-')
            {
                // A + or - with a space after it is a slip ("solar - wind"), not an operator: it is dropped.
                var attached = i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]);
                if (attached) tokens.Add(new(c == '+' ? QueryTokenKind.Required : QueryTokenKind.Excluded, i, c.ToString()));
                i++;
            }
            else if (c == '!')
            {
                tokens.Add(new(QueryTokenKind.Not, i, "!"));
                i++;
            }
            else
            {
                i = ReadOperatorFieldOrWord(query, i, tokens);
            }
        }
        return tokens;
    }

    private static int ReadPhrase(string query, int open, string closers, List<QueryToken> tokens)
    {
        var close = query.IndexOfAny(closers.ToCharArray(), open + 1);
        if (close < 0) throw new QuerySyntaxException(QueryErrors.UnbalancedQuote(open, query[open]));
        var words = query[(open + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        tokens.Add(new(QueryTokenKind.Phrase, open, string.Join(' ', words)));
        return close + 1;
    }

    private static int ReadOperatorFieldOrWord(string query, int start, List<QueryToken> tokens)
    {
        var chunkEnd = start;
        while (chunkEnd < query.Length && !EndsOperator(query[chunkEnd])) chunkEnd++;
        var kind = query[start..chunkEnd] switch
        {
            "AND" or "&&" => QueryTokenKind.And,
            "OR" or "||" => QueryTokenKind.Or,
            "NOT" => QueryTokenKind.Not,
            _ => (QueryTokenKind?)null,
        };
        if (kind is { } op)
        {
            tokens.Add(new(op, start, query[start..chunkEnd]));
            return chunkEnd;
        }

        if (TryReadField(query, start, out var field, out var valueStart))
        {
            tokens.Add(new(QueryTokenKind.Field, start, field));
            return valueStart;
        }

        var end = ReadWord(query, start);
        var word = query[start..end];
        // A word with nothing searchable (",", "—") is dropped here, so that "solar , OR wind" is solar OR wind;
        // a field's value is kept whatever it is, for the parser to judge ("year:..").
        var isFieldValue = tokens.Count > 0 && tokens[^1].Kind == QueryTokenKind.Field;
        if (isFieldValue || word.Contains('*', StringComparison.Ordinal) || QueryTerm.HasLetterOrDigit(word))
            tokens.Add(new(QueryTokenKind.Word, start, word));
        return end;
    }

    private static bool EndsOperator(char c) =>
        char.IsWhiteSpace(c) || c is '(' or ')' or '（' or '）' || IsQuote(c);

    private static bool IsQuote(char c) => Closers.ContainsKey(c) || StrayClosers.Contains(c);

    // A field is ASCII letters naming a known field, then a colon (full-width too, as Chinese input methods type it).
    private static bool TryReadField(string query, int start, out string field, out int valueStart)
    {
        field = "";
        var colon = start;
        while (colon < query.Length && char.IsAsciiLetter(query[colon])) colon++;
        valueStart = colon + 1;
        if (colon == start || colon >= query.Length || query[colon] is not (':' or '：')) return false;
        var name = query[start..colon];
        var known = QueryFields.All.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (known is null) return false;
        field = known;
        return true;
    }

    // A word runs to a space, a quotation mark or a parenthesis. A parenthesis inside a word that closes before the
    // next space belongs to it (a DOI such as 10.1016/0010-4825(84)90013-5, a formula such as f(x)); otherwise it
    // starts or ends a group.
    private static int ReadWord(string query, int start)
    {
        var depth = 0;
        var i = start;
        for (; i < query.Length; i++)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || IsQuote(c)) break;
            if (c is '(' or '（')
            {
                if (!ClosesWithinWord(query, i)) break;
                depth++;
            }
            else if (c is ')' or '）')
            {
                if (depth == 0) break;
                depth--;
            }
        }
        return i;
    }

    private static bool ClosesWithinWord(string query, int open)
    {
        var depth = 0;
        for (var i = open; i < query.Length; i++)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || IsQuote(c)) return false;
            if (c is '(' or '（') depth++;
            else if (c is ')' or '）' && --depth == 0) return true;
        }
        return false;
    }
}
