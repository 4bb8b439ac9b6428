using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Pages.Account;

/// <summary>The link in the confirmation mail lands here.</summary>
[AllowAnonymous]
public sealed class ConfirmModel(UserManager<AccountUser> users, IStringLocalizer<AccountText> accountText) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, code!)).Succeeded; // code checked just above
        ViewData["Message"] = accountText[Confirmed ? "Confirm.Done" : "Confirm.Failed"].Value;
    }
}
