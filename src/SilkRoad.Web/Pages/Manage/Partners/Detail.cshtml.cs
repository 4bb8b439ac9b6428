using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Training.Partners;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Partners;

/// <summary>One partner institution's page; a partner the reader may not see (another coordinator's) is not found.</summary>
[Authorize(Roles = PartnerRoles.Readers)]
public sealed class DetailModel(PartnerDirectory directory) : PageModel
{
    public PartnerView Partner { get; private set; } = default!; // set before the page renders

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the roles require a signed-in user");
        if (await directory.ReadAsync(actor, id, PortalCultures.Current.Code, cancellationToken) is not { } partner) return NotFound();
        Partner = partner;
        return Page();
    }
}
