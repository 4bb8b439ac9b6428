using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Applications;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Reviews;

/// <summary>
/// A reviewer's applications — only those assigned to them — each with a form for a score (0–100) and a comment.
/// A refused score comes back beside its field in the reviewer's language (422); an application not assigned to
/// them is not found (404).
/// </summary>
[Authorize(Policy = AccountPolicies.ReviewApplications)]
public sealed class IndexModel(ReviewAssignments reviews) : PageModel
{
    public IReadOnlyList<ReviewAssignment> Assignments { get; private set; } = [];

    /// <summary>The application whose form was posted, with its problems and the values as typed.</summary>
    public int? PostedId { get; private set; }

    public IReadOnlyList<ReviewProblem> Problems { get; private set; } = [];

    public string? PostedScore { get; private set; }

    public string? PostedComment { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Saved = Request.Query.ContainsKey("saved");
        Assignments = await reviews.ListAsync(await ActorAsync(), PortalCultures.Current.Code, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, string? score, string? comment, CancellationToken cancellationToken)
    {
        var actor = await ActorAsync();
        var problems = await reviews.ScoreAsync(actor, id, score, comment, cancellationToken);
        if (problems is null) return NotFound();
        if (problems.Count == 0) return LocalRedirect($"/{PortalCultures.Current.Code}/manage/reviews?saved#application-{id}");
        (PostedId, Problems, PostedScore, PostedComment) = (id, problems, score, comment);
        Assignments = await reviews.ListAsync(actor, PortalCultures.Current.Code, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public IEnumerable<ReviewProblem> ProblemsOf(int id, ReviewField field) =>
        id == PostedId ? Problems.Where(p => p.Field == field) : [];

    private async Task<SilkRoad.Training.Access.Actor> ActorAsync() =>
        await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the policy requires a signed-in user");
}
