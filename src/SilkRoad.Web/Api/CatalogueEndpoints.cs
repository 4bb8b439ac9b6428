using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Catalogue.Importers;
using SilkRoad.Catalogue.Statistics;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Web.Api;

internal static partial class CatalogueEndpoints
{
    /// <summary>The largest body <c>POST /api/catalogue/records</c> takes; bigger files are imported with the CLI.</summary>
    public const long MaxUploadBytes = 100L * 1024 * 1024;

    public static void MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/catalogue/stats", StatsAsync);
    }

    /// <summary>
    /// The catalogue's write API, for machine clients with an API key of the <c>catalogue:write</c> scope: a file in
    /// any import format as the request body (plain or gzip), imported as <c>silkroad import</c> would — duplicates
    /// merged, each malformed record reported with its position and reason while the rest go in, a repeat changing
    /// nothing. <c>?format=</c> names the format (inferred from <c>?name=</c> and the content otherwise);
    /// <c>?dryRun=true</c> checks without storing. The search index follows the store as it does for every import.
    /// </summary>
    public static void MapCatalogueWriteApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/catalogue/records", ImportAsync).RequireAuthorization(AccountPolicies.CatalogueWrite).DisableAntiforgery();
    }

    private static async Task<IResult> StatsAsync(CatalogueStatistics statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statistics.ComputeAsync(cancellationToken));

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ResourceImporter importer, IOptions<StorageOptions> storage, string? format, string? name, bool? dryRun,
        CancellationToken cancellationToken)
    {
        var fileName = SafeName(name);
        var folder = Directory.CreateDirectory(Path.Combine(storage.Value.DataPath, "uploads", Guid.NewGuid().ToString("N")));
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            long length;
            await using (var file = File.Create(path))
            {
                length = await CopyAtMostAsync(request.Body, file, MaxUploadBytes, cancellationToken);
            }
            if (length > MaxUploadBytes)
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large",
                    detail: $"the body is larger than {MaxUploadBytes / (1024 * 1024)} MiB; import big files with `silkroad import`");
            if (length == 0) return Unreadable("the body is empty: send the records file as the request body");
            var summary = await importer.ImportFileAsync(path, string.IsNullOrWhiteSpace(format) ? null : format.Trim().ToLowerInvariant(),
                onError: null, progress: null, cancellationToken, dryRun ?? false);
            return TypedResults.Ok(summary);
        }
        catch (ImportFormatException e)
        {
            return Unreadable(e.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ProblemHttpResult Unreadable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable records", detail: detail);

    // Reads one byte past the limit at most, so that an oversized body is told without being stored whole.
    private static async Task<long> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit) return total;
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return total;
    }

    // The name only names the records in error messages and helps tell the format: never a path.
    private static string SafeName(string? name)
    {
        var plain = UnsafeCharacters().Replace(Path.GetFileName(name ?? ""), "_").Trim('.', '_');
        return plain.Length is 0 or > 100 ? "upload" : plain;
    }

    [GeneratedRegex(@"[^\w.\-]")]
    private static partial Regex UnsafeCharacters();
}
