using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Catalogue.Statistics;

namespace SilkRoad.Web.Pages;

public sealed class IndexModel(CatalogueStatistics statistics) : PageModel
{
    public CatalogueFigures Figures { get; private set; } = default!; // set by OnGetAsync before the page renders

    public CatalogueDistributions Distributions { get; private set; } = default!; // likewise

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await statistics.ComputeAsync(cancellationToken);
        Distributions = await statistics.ComputeDistributionsAsync(cancellationToken);
    }
}
