using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.My;

/// <summary>
/// A trainee's own record: applications, enrolments, certificates, and the follow-up surveys of sessions they completed. On the first visit the account is linked to the
/// trainee record that has its confirmed address (see <see cref="TraineeRecords.LinkAsync"/>); with none, the page
/// says that nothing is held under this address yet.
/// </summary>
[Authorize(Policy = AccountPolicies.Trainee)]
public sealed class IndexModel(TraineeRecords records, FollowUpSurveys followUps, UserManager<AccountUser> users) : PageModel
{
    public TraineeRecord? Record { get; private set; }

    /// <summary>The session the trainee has just withdrawn from, to say so.</summary>
    [BindProperty(SupportsGet = true, Name = "withdrawn")]
    public int? WithdrawnSessionId { get; set; }

    public int? WithdrawnSessionNumber { get; private set; }

    public IReadOnlyList<FollowUpInvitation> FollowUps { get; private set; } = [];

    /// <summary>The alumni listing the person has just chosen, to say so.</summary>
    [BindProperty(SupportsGet = true, Name = "listed")]
    public bool? AlumniListingSaved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await MyRecord.LinkAsync(HttpContext, records, users, cancellationToken);
        Record = await records.RecordAsync(actor, PortalCultures.Current.Code, cancellationToken);
        if (Record is { } record && WithdrawnSessionId is { } withdrawn)
        {
            WithdrawnSessionNumber = record.Applications.Where(a => a.SessionId == withdrawn).Select(a => (int?)a.SessionNumber)
                .Concat(record.Enrolments.Where(e => e.SessionId == withdrawn).Select(e => (int?)e.SessionNumber)).FirstOrDefault();
        }
        FollowUps = await followUps.InvitationsAsync(actor, PortalCultures.Current.Code, cancellationToken);
    }

    /// <summary>The person's choice to be listed among the alumni (an unticked box sends nothing: not listed).</summary>
    public async Task<IActionResult> OnPostAlumniListingAsync(bool listed, CancellationToken cancellationToken)
    {
        var actor = await MyRecord.LinkAsync(HttpContext, records, users, cancellationToken);
        if (!await records.SetAlumniListingAsync(actor, listed, cancellationToken)) return NotFound();
        return LocalRedirect($"/{PortalCultures.Current.Code}/my?listed={(listed ? "true" : "false")}#alumni-listing");
    }
}
