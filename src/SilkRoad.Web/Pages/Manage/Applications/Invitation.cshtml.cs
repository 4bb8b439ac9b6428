using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Invitations;
using SilkRoad.Web.Admissions;

namespace SilkRoad.Web.Pages.Manage.Applications;

/// <summary>The invitation letter (PDF) of an admitted application of a managed session; anything else is not found.</summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
public sealed class InvitationModel(InvitationLetters letters, InvitationLetterPdf pdf) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");
        return await letters.FindAsync(actor, id, cancellationToken) is { } letter
            ? File(pdf.Write(letter), "application/pdf", $"invitation-{id}.pdf")
            : NotFound();
    }
}
