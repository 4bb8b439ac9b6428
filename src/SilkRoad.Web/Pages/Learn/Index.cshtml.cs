using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Learning;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Learn;

/// <summary>The signed-in trainee's own sessions, each leading to its online course.</summary>
[Authorize(Policy = AccountPolicies.Trainee)]
public sealed class IndexModel(OnlineLearning learning) : PageModel
{
    public IReadOnlyList<LearnerSession> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        Sessions = await learning.SessionsAsync(actor, PortalCultures.Current.Code, cancellationToken);
        return Page();
    }
}
