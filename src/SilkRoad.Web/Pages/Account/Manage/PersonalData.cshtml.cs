using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Startup;

namespace SilkRoad.Web.Pages.Account.Manage;

/// <summary>
/// The signed-in person's own data: download all of it, or erase it. Whose data is always the signed-in account's,
/// never an id from the request, so no one reaches another person's data from here.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class PersonalDataModel(
    UserManager<AccountUser> users,
    SignInManager<AccountUser> signIn,
    PersonalDataExport export,
    AccountErasure erasure,
    IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    public bool Erased { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } id) return Challenge();
        return File(await export.ExportAsync(id, id, cancellationToken), "application/json", "silkroad-personal-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        // Erasing cannot be undone: the password is asked again, so that an unattended session cannot do it.
        if (string.IsNullOrEmpty(Password) || !await users.CheckPasswordAsync(user, Password))
        {
            ModelState.AddModelError(nameof(Password), accountText["ChangePassword.Failed"]);
            return Page();
        }
        await erasure.EraseAsync(user.Id, user.Id, cancellationToken);
        await signIn.SignOutAsync();
        Erased = true;
        ViewData["Message"] = accountText["PersonalData.Erased"].Value;
        return Page();
    }
}
