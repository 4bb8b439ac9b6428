using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Training;

public sealed class CallsModel(CallsForApplications calls) : PageModel
{
    public IReadOnlyList<OpenCall> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Calls = await calls.ListAsync(PortalCultures.Current.Code, cancellationToken);
}
