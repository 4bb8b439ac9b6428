using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.TokenAttributes;
using SilkRoad.Core.Languages;
using SilkRoad.Search.Analysis;

namespace SilkRoad.Search.Translation;

/// <summary>
/// The form in which a label, a headword and the words of a query are compared: the words as the language's analyzer
/// makes them (so "solar cells", "Solar Cell" and "solar cell" are one key; "centrales" and "centrale" too), joined by
/// spaces, a gap marked where stop words were left out. Chinese is compared as its characters (NFKC, lower case, no spaces): a segmenter may cut a label one way
/// alone and another way inside a longer query.
/// </summary>
internal sealed partial class TermKeys(AnalyzerSet analyzers)
{
    public string Key(string language, string text)
    {
        if (language == Language.Zh.Code) return Chinese(text);
        // Written from the token stream as it goes (no list of tokens, no string per word): every text the index takes
        // is keyed this way by the concept tagger.
        var key = t_key ??= new StringBuilder(256);
        key.Clear();
        using var stream = analyzers.For(language).GetTokenStream("q", Negations().Replace(text, NegationMark));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1, previous = -1;
        while (stream.IncrementToken())
        {
            position = Math.Max(position + Math.Max(increment.PositionIncrement, 0), 0);
            if (previous >= 0)
            {
                // Where stop words were left out between two words, the key says so: "heat of the pump" is not
                // "heat pump", while "dessalement de l'eau" still matches the label written with the same gap.
                key.Append(' ');
                if (position > previous + 1) key.Append(Gap).Append(' ');
            }
            key.Append(term.Buffer, 0, term.Length);
            previous = position;
        }
        stream.End();
        return key.ToString();
    }

    [ThreadStatic]
    private static StringBuilder? t_key;

    /// <summary>Stands in a key for words the analyzer left out.</summary>
    public const char Gap = '_';

    // Negations are stop words to the analyzers, which would make "aprendizaje no supervisado" the same key as
    // "aprendizaje supervisado" (and "غير متجانس" as "متجانس"): here they are kept, as a mark no analyzer drops.
    private const string NegationMark = " xnegx ";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(no|non|not|without|sans|sin|без|не|غير|لا|بدون)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex Negations();

    public static string Chinese(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>The languages a word may be in, from its script: Han is Chinese, Arabic script Arabic, Cyrillic
    /// Russian; anything else (Latin, digits) may be English, French or Spanish.</summary>
    public static ScriptClass ScriptOf(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff') return ScriptClass.Han;
            if (c is >= '\u0600' and <= '\u06ff' or >= '\u0750' and <= '\u077f' or >= '\ufb50' and <= '\ufdff' or >= '\ufe70' and <= '\ufeff') return ScriptClass.Arabic;
            if (c is >= '\u0400' and <= '\u04ff') return ScriptClass.Cyrillic;
        }
        return ScriptClass.Latin;
    }
}

internal enum ScriptClass
{
    Latin,
    Han,
    Arabic,
    Cyrillic,
}
