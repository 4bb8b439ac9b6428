using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.My;

/// <summary>
/// The follow-up survey of a session the trainee completed, answered once. A session they did not complete, or with
/// no follow-up open, is not found; a second answer is refused (409).
/// </summary>
[Authorize(Policy = AccountPolicies.Trainee)]
public sealed class FollowUpModel(FollowUpSurveys followUps, TraineeRecords records, UserManager<AccountUser> users, IStringLocalizer<TrainingText> training) : PageModel
{
    public FollowUpInvitation Invitation { get; private set; } = default!; // set by every handler that renders the page

    [BindProperty]
    public FollowUpInput Answers { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int sessionId, CancellationToken cancellationToken) =>
        await ShowAsync(sessionId, null, StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int sessionId, CancellationToken cancellationToken)
    {
        var actor = await MyRecord.LinkAsync(HttpContext, records, users, cancellationToken);
        return await followUps.SubmitAsync(actor, sessionId, Answers, cancellationToken) switch
        {
            SurveyOutcome.NotFound => NotFound(),
            SurveyOutcome.Saved => await ShowAsync(sessionId, training["Survey.Saved"], StatusCodes.Status200OK, cancellationToken),
            SurveyOutcome.AlreadyAnswered => await ShowAsync(sessionId, training["Survey.AlreadyAnswered"], StatusCodes.Status409Conflict, cancellationToken),
            _ => await ShowAsync(sessionId, training["FollowUp.Invalid"], StatusCodes.Status422UnprocessableEntity, cancellationToken),
        };
    }

    private async Task<IActionResult> ShowAsync(int sessionId, string? message, int status, CancellationToken cancellationToken)
    {
        var actor = await MyRecord.LinkAsync(HttpContext, records, users, cancellationToken);
        if (await followUps.InvitationAsync(actor, sessionId, PortalCultures.Current.Code, cancellationToken) is not { } invitation) return NotFound();
        Invitation = invitation;
        if (message is not null)
        {
            if (status == StatusCodes.Status200OK) ViewData["Message"] = message;
            else ModelState.AddModelError("", message);
        }
        Response.StatusCode = status;
        return Page();
    }
}
