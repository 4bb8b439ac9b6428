using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Pages.Account.Manage;

/// <summary>The signed-in person's own account (the folder requires <c>AccountPolicies.SignedIn</c>).</summary>
public sealed class IndexModel(UserManager<AccountUser> users) : PageModel
{
    public AccountUser Account { get; private set; } = default!; // set by OnGetAsync before the page renders

    public IList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        Roles = await users.GetRolesAsync(user);
        return Page();
    }
}
