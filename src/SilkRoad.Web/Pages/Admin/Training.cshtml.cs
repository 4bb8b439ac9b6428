using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Accounts.Users;
using SilkRoad.Training.Access;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Admin;

/// <summary>
/// Who works on what in the training base: programme managers to programmes, instructors to sessions, coordinators to
/// partner institutions. Only accounts that hold the matching role are offered, and only they are accepted.
/// </summary>
public sealed class TrainingModel(TrainingAssignments assignments, UserDirectory directory) : PageModel
{
    public AssignmentOverview Overview { get; private set; } = new([], [], []);

    /// <summary>The accounts that may be assigned, per kind, by id.</summary>
    public IReadOnlyDictionary<AssignmentKind, IReadOnlyList<AccountUser>> Candidates { get; private set; } =
        new Dictionary<AssignmentKind, IReadOnlyList<AccountUser>>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the folder requires a signed-in administrator");
        Overview = await assignments.OverviewAsync(actor, PortalCultures.Current.Code, cancellationToken);
        var candidates = new Dictionary<AssignmentKind, IReadOnlyList<AccountUser>>();
        foreach (var kind in Enum.GetValues<AssignmentKind>()) candidates[kind] = await directory.InRoleAsync(RoleOf(kind), cancellationToken);
        Candidates = candidates;
    }

    public Task<IActionResult> OnPostAssignAsync(AssignmentKind kind, int targetId, string userId, CancellationToken cancellationToken) =>
        SetAsync(kind, targetId, userId, true, cancellationToken);

    public Task<IActionResult> OnPostUnassignAsync(AssignmentKind kind, int targetId, string userId, CancellationToken cancellationToken) =>
        SetAsync(kind, targetId, userId, false, cancellationToken);

    public string Email(string userId) =>
        Candidates.Values.SelectMany(c => c).FirstOrDefault(u => u.Id == userId)?.Email ?? userId;

    public static string RoleOf(AssignmentKind kind) => kind switch
    {
        AssignmentKind.ProgrammeManager => AccountRoles.ProgrammeManager,
        AssignmentKind.SessionInstructor => AccountRoles.Instructor,
        _ => AccountRoles.PartnerCoordinator,
    };

    private async Task<IActionResult> SetAsync(AssignmentKind kind, int targetId, string? userId, bool assigned, CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the folder requires a signed-in administrator");
        // Taking an assignment away works for anyone; giving one only to an account with the role.
        if (string.IsNullOrEmpty(userId)
            || (assigned && !(await directory.InRoleAsync(RoleOf(kind), cancellationToken)).Any(u => u.Id == userId))
            || !await assignments.SetAsync(actor, kind, targetId, userId, assigned, cancellationToken))
            return BadRequest();
        return LocalRedirect($"/{PortalCultures.Current.Code}/admin/training#{kind}");
    }
}
