using System.Text;
using System.Text.RegularExpressions;

namespace SilkRoad.Core.Identifiers;

/// <summary>Brings identifiers as sources write them to one canonical form per kind.</summary>
public static partial class IdentifierNormalizer
{
    public static string Prefix(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Doi => "doi",
        IdentifierKind.Isbn => "isbn",
        IdentifierKind.Issn => "issn",
        IdentifierKind.PatentNumber => "patent",
        IdentifierKind.StandardNumber => "standard",
        IdentifierKind.ArxivId => "arxiv",
        IdentifierKind.OpenAlexId => "openalex",
        IdentifierKind.Url => "url",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string? Normalize(IdentifierKind kind, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        return kind switch
        {
            IdentifierKind.Doi => Doi(text),
            IdentifierKind.Isbn => Isbn(text),
            IdentifierKind.Issn => Issn(text),
            IdentifierKind.PatentNumber => Compact(text),
            IdentifierKind.StandardNumber => Standard(text),
            IdentifierKind.ArxivId => Arxiv(text),
            IdentifierKind.OpenAlexId => OpenAlex(text),
            IdentifierKind.Url => Uri.TryCreate(text, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null,
            _ => null,
        };
    }

    // DOIs are case-insensitive (DOI Handbook §2.4); resolvers and prefixes vary by source, the suffix does not.
    private static string? Doi(string text)
    {
        var match = DoiPattern().Match(text);
        if (!match.Success) return null;
        var doi = Uri.UnescapeDataString(match.Value).ToLowerInvariant().TrimEnd('.', ',', ';');
        return doi.Contains('/', StringComparison.Ordinal) && doi.Length > 8 ? doi : null;
    }

    // ISBN-10 becomes ISBN-13 so both printings of one number meet.
    private static string? Isbn(string text)
    {
        var chars = text.ToUpperInvariant().Where(c => char.IsAsciiDigit(c) || c == 'X').ToArray();
        var isbn = new string(chars);
        if (isbn.Length == 13 && isbn.All(char.IsAsciiDigit) && Isbn13CheckDigit(isbn[..12]) == isbn[12]) return isbn;
        if (isbn.Length != 10 || !Isbn10Valid(isbn)) return null;
        var core = "978" + isbn[..9];
        return core + Isbn13CheckDigit(core);
    }

    private static bool Isbn10Valid(string isbn)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = isbn[i];
            int value;
            if (char.IsAsciiDigit(c)) value = c - '0';
            else if (c == 'X' && i == 9) value = 10;
            else return false;
            sum += value * (10 - i);
        }
        return sum % 11 == 0;
    }

    private static char Isbn13CheckDigit(string first12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
        return (char)('0' + (10 - sum % 10) % 10);
    }

    private static string? Issn(string text)
    {
        var chars = new string(text.ToUpperInvariant().Where(c => char.IsAsciiDigit(c) || c == 'X').ToArray());
        return chars.Length == 8 ? $"{chars[..4]}-{chars[4..]}" : null;
    }

    private static string? Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToUpperInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
        }
        return builder.Length >= 3 ? builder.ToString() : null;
    }

    // "GB/T 50001-2017" and "gb/t 50001—2017" are one standard; keep the separators people read, fold the rest.
    private static string? Standard(string text)
    {
        var folded = MultipleSpaces().Replace(text.Normalize(NormalizationForm.FormKC).ToUpperInvariant(), " ")
            .Replace('—', '-').Replace('–', '-').Trim();
        return folded.Any(char.IsAsciiDigit) ? folded : null;
    }

    private static string? Arxiv(string text)
    {
        var match = ArxivPattern().Match(text);
        return match.Success ? match.Groups["id"].Value.ToLowerInvariant() : null;
    }

    // OpenAlex ids are URLs; we keep only the W-number so re-importing a work matches its row.
    private static string? OpenAlex(string text)
    {
        var match = OpenAlexPattern().Match(text);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"10\.\d{4,9}/\S+", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();

    // New-style 2101.00001 or old-style hep-th/9901001; the version suffix (v2) names a revision of the same work.
    [GeneratedRegex(@"(?<id>\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivPattern();

    [GeneratedRegex(@"[WwAaIiSsCcTt]\d{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenAlexPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultipleSpaces();
}
