using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;
using SilkRoad.Web.Pages.Manage.Sessions;

namespace SilkRoad.Web.Pages.Teach;

/// <summary>An instructor's desk: the sessions they teach (and, for a manager, those they manage), each with a way to its page.</summary>
[Authorize(Roles = SessionRoles.Staff)]
public sealed class IndexModel(ManagerDesk desk) : PageModel
{
    public IReadOnlyList<ManagedSession> Sessions { get; private set; } = [];

    /// <summary>Whether the person also manages programmes, so the session numbers may lead to the applications.</summary>
    public bool Manages { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the roles require a signed-in user");
        Manages = User.IsInRole(AccountRoles.Administrator) || User.IsInRole(AccountRoles.ProgrammeManager);
        Sessions = await desk.TaughtSessionsAsync(actor, PortalCultures.Current.Code, cancellationToken);
    }
}
