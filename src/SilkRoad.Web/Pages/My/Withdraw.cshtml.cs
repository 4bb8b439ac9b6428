using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.My;

/// <summary>
/// The confirmation step of a trainee's withdrawal from one of their sessions (application and place), with an optional
/// reason; the post withdraws and goes back to "my record". After the session has started the page says so and the
/// post is refused (422). Someone else's session, or one the trainee has nothing in, is not found.
/// </summary>
[Authorize(Policy = AccountPolicies.Trainee)]
public sealed class WithdrawModel(Withdrawals withdrawals, TraineeRecords records, UserManager<AccountUser> users) : PageModel
{
    public WithdrawalView Session { get; private set; } = default!; // set by every handler that renders the page

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await ShowAsync(id, StatusCodes.Status200OK, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await MyRecord.LinkAsync(HttpContext, records, users, cancellationToken);
        return await withdrawals.WithdrawAsync(actor, id, Reason, cancellationToken) switch
        {
            WithdrawalOutcome.Withdrawn => LocalRedirect($"/{PortalCultures.Current.Code}/my?withdrawn={id}"),
            WithdrawalOutcome.NotFound => NotFound(),
            WithdrawalOutcome.SessionStarted => await ShowAsync(id, StatusCodes.Status422UnprocessableEntity, cancellationToken),
            _ => await ShowAsync(id, StatusCodes.Status409Conflict, cancellationToken),
        };
    }

    private async Task<IActionResult> ShowAsync(int id, int status, CancellationToken cancellationToken)
    {
        var actor = await MyRecord.LinkAsync(HttpContext, records, users, cancellationToken);
        if (await withdrawals.FindAsync(actor, id, PortalCultures.Current.Code, cancellationToken) is not { } session) return NotFound();
        Session = session;
        Response.StatusCode = status;
        return Page();
    }
}
