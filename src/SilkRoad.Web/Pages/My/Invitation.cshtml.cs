using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Invitations;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Admissions;

namespace SilkRoad.Web.Pages.My;

/// <summary>
/// The trainee's own invitation letter (PDF), the link their admission mail holds; another person's application, or
/// one not admitted, is not found. The account is linked first, as on "my record", since the mail may be followed
/// before that page was ever opened.
/// </summary>
[Authorize(Policy = AccountPolicies.Trainee)]
public sealed class InvitationModel(InvitationLetters letters, InvitationLetterPdf pdf, TraineeRecords records, UserManager<AccountUser> users) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await MyRecord.LinkAsync(HttpContext, records, users, cancellationToken);
        // Only the trainee's own: a trainee who also manages programmes reads other people's letters on the desk.
        var self = actor with { Roles = new HashSet<string>(StringComparer.Ordinal) { SilkRoad.Training.Access.TrainingRoles.Trainee } };
        return await letters.FindAsync(self, id, cancellationToken) is { } letter
            ? File(pdf.Write(letter), "application/pdf", $"invitation-{id}.pdf")
            : NotFound();
    }
}
