namespace SilkRoad.Search.Queries;

/// <summary>Turns a word or a phrase, in a field or not, into a node: wildcards, year values, and text with nothing
/// searchable in it.</summary>
internal static class QueryTerm
{
    private static readonly System.Buffers.SearchValues<char> Distance = System.Buffers.SearchValues.Create("0123456789.");

    public static QueryOperand FromWord(string? field, QueryToken word)
    {
        if (field == QueryFields.Year) return new(YearValue.Read(word.Text, word.Position));

        var text = WithoutFuzziness(word.Text);
        if (text.Length == 0) return QueryOperand.Nothing;
        if (text.StartsWith('*'))
        {
            // A lone * browses everything; *ology would make the engine scan every term in the index.
            if (field is null && text.All(c => c == '*')) return new(MatchAllNode.Instance);
            throw new QuerySyntaxException(QueryErrors.LeadingWildcard(word.Position, text));
        }

        var stem = text.TrimEnd('*');
        if (!HasLetterOrDigit(stem)) return QueryOperand.Nothing;
        return new(new TermNode(field, stem, IsPrefix: stem.Length < text.Length));
    }

    public static QueryOperand FromPhrase(string? field, QueryToken phrase)
    {
        if (field == QueryFields.Year) return new(YearValue.Read(phrase.Text, phrase.Position));
        return HasLetterOrDigit(phrase.Text) ? new(new PhraseNode(field, phrase.Text)) : QueryOperand.Nothing;
    }

    // Lucene's fuzzy and proximity suffixes (solar~, solar~1, "solar cell"~2) are not supported; the word is
    // searched as it stands rather than as the text "~2".
    private static string WithoutFuzziness(string text)
    {
        var tilde = text.LastIndexOf('~');
        if (tilde < 0 || text.AsSpan(tilde + 1).ContainsAnyExcept(Distance)) return text;
        return text[..tilde];
    }

    // Text such as "," or "—" analyses to nothing in every language, so it makes no clause.
    public static bool HasLetterOrDigit(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsLetterOrDigit(rune)) return true;
        }
        return false;
    }
}
