using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Admissions;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Applications;

/// <summary>
/// One application of a managed session: the reviewers' scores and comments, reviewers to assign (accounts with the
/// reviewer role), and the decision. Each decision is mailed to the applicant in the language they applied in.
/// Another programme's application is not found (404); one decided already answers 409. The applicant's personal
/// fields are not on the page until a manager asks for them (a POST, for this one response), and each such view is in
/// the personal-data audit log before the fields are sent.
/// </summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
public sealed class DetailModel(ManagerDesk desk, ApplicationDecisions decisions, ApplicantMails mails, UserDirectory directory,
    PersonalDataAuditLog audit) : PageModel
{
    public ApplicationDetail Application { get; private set; } = default!; // set before the page renders

    /// <summary>The applicant's personal fields, only in the response to "show personal details".</summary>
    public TraineePersonalFields? Personal { get; private set; }

    public IReadOnlyList<AccountUser> Reviewers { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "outcome")]
    public DecisionOutcome? Outcome { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPersonalAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (!await LoadAsync(id, cancellationToken) || await desk.PersonalFieldsAsync(actor, id, cancellationToken) is not { } personal)
            return NotFound();
        await audit.RecordAsync(new PersonalDataAccess(actor.UserId, PersonalDataActions.ApplicantViewed, personal.AuditSubject, personal.Shown),
            cancellationToken);
        Personal = personal;
        // Shown once: neither the browser nor anything between may keep a copy to show again.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(int id, string? reviewerId, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (string.IsNullOrEmpty(reviewerId) || !(await directory.InRoleAsync(AccountRoles.Reviewer, cancellationToken)).Any(u => u.Id == reviewerId))
            return BadRequest();
        return await desk.AssignReviewerAsync(actor, id, reviewerId, cancellationToken) ? Back(id) : NotFound();
    }

    public async Task<IActionResult> OnPostUnassignAsync(int id, string? reviewerId, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (string.IsNullOrEmpty(reviewerId)) return BadRequest();
        return await desk.UnassignReviewerAsync(actor, id, reviewerId, cancellationToken) ? Back(id) : NotFound();
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, ApplicationDecision decision, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        var result = await decisions.DecideAsync(actor, id, decision, cancellationToken);
        if (result.Outcome == DecisionOutcome.ApplicationNotFound) return NotFound();
        if (result.Outcome == DecisionOutcome.AlreadyDecided)
        {
            await LoadAsync(id, cancellationToken);
            Outcome = result.Outcome;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (result.Notice is { } notice) await mails.SendAsync(notice, cancellationToken);
        return LocalRedirect($"/{PortalCultures.Current.Code}/manage/applications/{id}?outcome={result.Outcome}");
    }

    public string Email(string userId) => Reviewers.FirstOrDefault(u => u.Id == userId)?.Email ?? userId;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        if (await desk.ApplicationAsync(actor, id, PortalCultures.Current.Code, cancellationToken) is not { } application) return false;
        Application = application;
        Reviewers = await directory.InRoleAsync(AccountRoles.Reviewer, cancellationToken);
        return true;
    }

    private async Task<Actor> ActorAsync() =>
        await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");

    private LocalRedirectResult Back(int id) => LocalRedirect($"/{PortalCultures.Current.Code}/manage/applications/{id}");
}
