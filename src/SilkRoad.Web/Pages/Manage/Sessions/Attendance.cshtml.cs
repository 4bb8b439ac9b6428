using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Training.Attendance;

namespace SilkRoad.Web.Pages.Manage.Sessions;

/// <summary>The list to tick for one schedule item, saved in one post. A session or item that is not the actor's is not found.</summary>
[Authorize(Roles = SessionRoles.Staff)]
public sealed class AttendanceModel(AttendanceRegister register, IStringLocalizer<TrainingText> training) : PageModel
{
    public AttendanceSheet Sheet { get; private set; } = default!; // set by every handler that renders the page

    public async Task<IActionResult> OnGetAsync(int id, int itemId, CancellationToken cancellationToken) =>
        await ShowAsync(id, itemId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int id, int itemId, List<int> present, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (!await register.MarkAsync(actor, id, itemId, present, cancellationToken)) return NotFound();
        ViewData["Message"] = training["Attendance.Saved", present.Distinct().Count()].Value;
        return await ShowAsync(id, itemId, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(int id, int itemId, CancellationToken cancellationToken)
    {
        if (await HttpContext.TrainingActorAsync() is not { } actor) return Challenge();
        if (await register.SheetAsync(actor, id, itemId, cancellationToken) is not { } sheet) return NotFound();
        Sheet = sheet;
        return Page();
    }
}
