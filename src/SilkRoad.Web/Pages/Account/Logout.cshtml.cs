using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Account;

/// <summary>Signing out is a POST (with its antiforgery token), so that no image or link on another site can do it.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AccountUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect($"/{PortalCultures.Current.Code}/");
    }
}
