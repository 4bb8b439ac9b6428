using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Admin;

/// <summary>Accounts and their roles.</summary>
public sealed class UsersModel(UserDirectory directory, UserManager<AccountUser> users) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Users = await directory.ListAsync((PageNumber - 1) * PageSize, PageSize, cancellationToken);
    }

    public Task<IActionResult> OnPostGrantAsync(string userId, string role, CancellationToken cancellationToken) =>
        SetRoleAsync(userId, role, true, cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(string userId, string role, CancellationToken cancellationToken) =>
        SetRoleAsync(userId, role, false, cancellationToken);

    private async Task<IActionResult> SetRoleAsync(string userId, string role, bool granted, CancellationToken cancellationToken)
    {
        var acting = users.GetUserId(User) ?? "";
        if (!await directory.SetRoleAsync(acting, userId, role, granted, cancellationToken)) return BadRequest();
        return LocalRedirect($"/{PortalCultures.Current.Code}/admin/users");
    }
}
