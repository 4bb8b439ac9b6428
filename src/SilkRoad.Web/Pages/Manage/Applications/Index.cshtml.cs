using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Applications;

/// <summary>A managed session's applications, filtered by status; another programme's session is not found (404).</summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
public sealed class IndexModel(ManagerDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "session")]
    public int SessionNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ApplicationStatus? Status { get; set; }

    public ManagedSession Session { get; private set; } = default!; // set before the page renders

    public IReadOnlyList<ApplicationSummary> Applications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");
        if (await desk.SessionAsync(actor, SessionNumber, PortalCultures.Current.Code, cancellationToken) is not { } session) return NotFound();
        Session = session;
        Applications = await desk.ApplicationsAsync(actor, SessionNumber, Status, cancellationToken);
        return Page();
    }
}
