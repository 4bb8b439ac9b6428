using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.PersonalData;

namespace SilkRoad.Web.Pages.Admin;

/// <summary>The personal-data audit log, newest first.</summary>
public sealed class AuditModel(PersonalDataAuditLog audit) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditLogLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Lines = await audit.ReadAsync(null, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
    }
}
