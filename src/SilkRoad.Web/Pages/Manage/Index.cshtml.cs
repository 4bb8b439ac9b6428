using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage;

/// <summary>The manager's desk: the sessions of the programmes assigned to them, those to come first.</summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
public sealed class IndexModel(ManagerDesk desk) : PageModel
{
    public IReadOnlyList<ManagedSession> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");
        Sessions = await desk.SessionsAsync(actor, PortalCultures.Current.Code, cancellationToken);
    }
}
