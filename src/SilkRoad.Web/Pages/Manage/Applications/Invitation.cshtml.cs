using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Training.Invitations;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Admissions;

namespace SilkRoad.Web.Pages.Manage.Applications;

/// <summary>
/// The invitation letter (PDF) of an admitted application of a managed session; anything else is not found. The letter
/// quotes the person's passport number, so a manager's download is in the personal-data audit log before it is sent.
/// </summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
public sealed class InvitationModel(InvitationLetters letters, InvitationLetterPdf pdf, PersonalDataAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");
        if (await letters.FindAsync(actor, id, cancellationToken) is not { } letter) return NotFound();
        var subject = TraineePersonalFields.SubjectOf(letter.TraineeId, letter.TraineeUserId);
        if (subject != actor.UserId)
        {
            string[] fields = letter.PassportNumber is null ? [] : [TraineePersonalFields.PassportField];
            await audit.RecordAsync(new PersonalDataAccess(actor.UserId, PersonalDataActions.InvitationLetterDownloaded, subject, fields), cancellationToken);
        }
        Response.Headers.CacheControl = "no-store";
        return File(pdf.Write(letter), "application/pdf", $"invitation-{id}.pdf");
    }
}
