using System.Globalization;
using System.Text;
using SilkRoad.Catalogue.Browsing;
using SilkRoad.Catalogue.Export;
using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Web.Pages.Resources;

/// <summary>A resource's citation as a file: <c>/{culture}/resources/{id}/cite.bib</c> and <c>cite.ris</c>.</summary>
internal static class CitationEndpoints
{
    public static void MapCitations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{culture:culture}/resources/{id:long}/cite.bib", (long id, ResourceLookup lookup, CancellationToken ct) =>
            CiteAsync(id, lookup, "bib", "application/x-bibtex", (d, key) => BibtexWriter.Write(d, key), ct));
        app.MapGet("/{culture:culture}/resources/{id:long}/cite.ris", (long id, ResourceLookup lookup, CancellationToken ct) =>
            CiteAsync(id, lookup, "ris", "application/x-research-info-systems", (d, key) => RisWriter.Write(d, key), ct));
    }

    private static async Task<IResult> CiteAsync(long id, ResourceLookup lookup, string extension, string contentType,
        Func<ResourceDocument, string, string> write, CancellationToken cancellationToken)
    {
        var resource = await lookup.FindAsync(id, cancellationToken);
        if (resource is null) return TypedResults.NotFound();
        if (resource.Withdrawn) return TypedResults.StatusCode(StatusCodes.Status410Gone);

        var key = string.Create(CultureInfo.InvariantCulture, $"silkroad{id}");
        var bytes = Encoding.UTF8.GetBytes(write(resource.Document, key));
        return TypedResults.File(bytes, contentType + "; charset=utf-8", key + "." + extension);
    }
}
