using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Nominations;

/// <summary>
/// A partner coordinator's nominations: their institution's, and no one else's, with where each stands; and a form to
/// nominate one person of their institution to a session whose call is open, checked as an application is (every
/// problem beside its field, 422). An account that coordinates for no institution is told so.
/// </summary>
[Authorize(Policy = AccountPolicies.CoordinateNominations)]
public sealed class IndexModel(SilkRoad.Training.Applications.Nominations nominations, CallsForApplications calls) : PageModel
{
    public string? Institution { get; private set; }

    public IReadOnlyList<OpenCall> Calls { get; private set; } = [];

    public IReadOnlyList<Nomination> Nominations { get; private set; } = [];

    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    public IReadOnlyList<ApplicationProblem> Problems { get; private set; } = [];

    public int? ReceivedId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (int.TryParse(Request.Query["received"], out var received)) ReceivedId = received;
        await LoadAsync(await ActorAsync(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (await nominations.InstitutionAsync(actor, cancellationToken) is null) return NotFound();
        var result = await nominations.NominateAsync(actor, Form, PortalCultures.Current.Code, cancellationToken);
        if (result.Accepted) return LocalRedirect($"/{PortalCultures.Current.Code}/manage/nominations?received={result.ApplicationId}");
        Problems = result.Problems;
        await LoadAsync(actor, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public IEnumerable<ApplicationProblem> ProblemsOf(ApplicationField field) => Problems.Where(p => p.Field == field);

    private async Task LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        Institution = await nominations.InstitutionAsync(actor, cancellationToken);
        if (Institution is null) return;
        Calls = await calls.ListAsync(PortalCultures.Current.Code, cancellationToken);
        Nominations = await nominations.ListAsync(actor, PortalCultures.Current.Code, cancellationToken);
    }

    private async Task<Actor> ActorAsync() =>
        await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");
}
