using SilkRoad.Core.Identifiers;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// Reads dc:identifier, which mixes DOIs (bare, doi:, info:doi/, resolver URLs), landing-page URLs, urn:isbn: and
/// urn:issn: URNs, arXiv ids and free-text citations that may contain a DOI.
/// </summary>
internal static class OaiDcIdentifiers
{
    public static IEnumerable<Identifier> Read(string value)
    {
        if (TryStrip(value, ["urn:isbn:", "isbn:", "isbn "], out var isbn))
        {
            if (Identifier.Create(IdentifierKind.Isbn, isbn) is { } found) yield return found;
            yield break;
        }
        if (TryStrip(value, ["urn:issn:", "issn:", "issn "], out var issn))
        {
            if (Identifier.Create(IdentifierKind.Issn, issn) is { } found) yield return found;
            yield break;
        }
        // The arXiv pattern alone would match any 1234.56789 in a citation, so only a named arXiv id counts.
        if (TryStrip(value, ["arxiv:"], out var arxiv))
        {
            if (Identifier.Create(IdentifierKind.ArxivId, arxiv) is { } found) yield return found;
            yield break;
        }

        var doi = Identifier.Create(IdentifierKind.Doi, value);
        if (doi is not null) yield return doi;

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            yield break;
        if (IsHost(uri, "arxiv.org") && Identifier.Create(IdentifierKind.ArxivId, uri.AbsolutePath) is { } arxivId)
            yield return arxivId;
        // A resolver URL adds nothing to its DOI; any other page is a link worth keeping.
        if ((doi is null || !IsHost(uri, "doi.org")) && Identifier.Create(IdentifierKind.Url, value) is { } url)
            yield return url;
    }

    private static bool TryStrip(string value, string[] prefixes, out string rest)
    {
        foreach (var prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                rest = value[prefix.Length..];
                return true;
            }
        }
        rest = "";
        return false;
    }

    // doi.org, dx.doi.org; arxiv.org, export.arxiv.org.
    private static bool IsHost(Uri uri, string domain) =>
        uri.Host.Equals(domain, StringComparison.OrdinalIgnoreCase)
        || uri.Host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
}
