using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Web.Figures;

namespace SilkRoad.Web.Pages;

public sealed class IndexModel(PortalFiguresReader figures) : PageModel
{
    public PortalFigures Figures { get; private set; } = default!; // set by OnGetAsync before the page renders

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await figures.ReadAsync(cancellationToken);
}
