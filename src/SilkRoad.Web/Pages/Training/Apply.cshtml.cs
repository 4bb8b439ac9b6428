using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Training;

/// <summary>
/// A session's call and its application form. The form posts back here; problems come back beside their fields in the
/// applicant's language. No antiforgery token: the form is anonymous, so there is no signed-in session for another
/// site to ride on, and the portal keeps its promise of no cookies.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ApplyModel(CallsForApplications calls, ApplicationSubmitter submitter, UserManager<AccountUser> users) : PageModel
{
    public OpenCall Call { get; private set; } = default!; // set by each handler before the page renders

    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    public IReadOnlyList<ApplicationProblem> Problems { get; private set; } = [];

    public int? ReceivedId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        if (await calls.FindAsync(number, PortalCultures.Current.Code, cancellationToken) is not { } call) return NotFound();
        Call = call;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(number, PortalCultures.Current.Code, cancellationToken);
        Form.SessionNumber = number;
        var result = await submitter.SubmitAsync(Form, await OriginAsync(), cancellationToken);
        if (call is null && result.Accepted) return NotFound();
        Call = call ?? new OpenCall(number, "", "", default, default, default, default, null, "", 0, []);
        Problems = result.Problems;
        ReceivedId = result.ApplicationId;
        Response.StatusCode = result.Accepted ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    // The decision is written in the language of this page. A signed-in trainee whose confirmed address is the form's
    // gets their account linked to the record (without the token, a third site could post the form, but only with the
    // person's own address, which links what the first visit to "my record" would link anyway).
    private async Task<ApplicationOrigin> OriginAsync()
    {
        var language = PortalCultures.Current.Code;
        if (!User.IsInRole(AccountRoles.Trainee) || await users.GetUserAsync(User) is not { EmailConfirmed: true } user)
            return new ApplicationOrigin(language);
        return new ApplicationOrigin(language, ApplicantUserId: user.Id, ApplicantEmail: user.Email);
    }

    public IEnumerable<ApplicationProblem> ProblemsOf(ApplicationField field) => Problems.Where(p => p.Field == field);
}
