using SilkRoad.Catalogue.Statistics;

namespace SilkRoad.Web.Api;

internal static class CatalogueEndpoints
{
    public static void MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/catalogue/stats", StatsAsync);
    }

    private static async Task<IResult> StatsAsync(CatalogueStatistics statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statistics.ComputeAsync(cancellationToken));
}
