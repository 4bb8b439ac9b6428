using SilkRoad.Core.Identifiers;

namespace SilkRoad.Web.Pages.Resources;

/// <summary>Where an identifier resolves: DOIs at doi.org, arXiv and OpenAlex ids at their sites, URLs as they are.
/// Kinds with no resolver everybody agrees on (ISBN, ISSN, patent and standard numbers) have no link.</summary>
public static class IdentifierLinks
{
    public static Uri? For(Identifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return identifier.Kind switch
        {
            // doi.org takes the DOI as its path; '/' separates prefix and suffix and stays, the rest is escaped
            // (DOI Handbook §3.8: '#', '?', '%' and spaces must be encoded in a URL).
            IdentifierKind.Doi => new Uri("https://doi.org/" + EscapePath(identifier.Value)),
            IdentifierKind.ArxivId => new Uri("https://arxiv.org/abs/" + EscapePath(identifier.Value)),
            IdentifierKind.OpenAlexId => new Uri("https://openalex.org/" + Uri.EscapeDataString(identifier.Value)),
            IdentifierKind.Url => SafeUrl(identifier.Value),
            _ => null,
        };
    }

    /// <summary>Only web addresses become links: a <c>javascript:</c> or <c>data:</c> value from a source must not.</summary>
    public static Uri? SafeUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;

    private static string EscapePath(string value) => string.Join('/', value.Split('/').Select(Uri.EscapeDataString));
}
