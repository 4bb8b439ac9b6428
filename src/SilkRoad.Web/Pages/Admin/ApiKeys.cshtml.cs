using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Admin;

/// <summary>API keys for machine clients: made here, shown once, revoked here.</summary>
public sealed class ApiKeysModel(ApiKeyStore keys, UserManager<AccountUser> users, IStringLocalizer<AccountText> accountText) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The full text of the key just made: on this one response only.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200) ModelState.AddModelError(nameof(Name), accountText["ApiKeys.NameRequired"]);
        if (Scopes.Count == 0 || Scopes.Any(s => !ApiKeyScopes.All.Contains(s))) ModelState.AddModelError(nameof(Scopes), accountText["ApiKeys.ScopeRequired"]);
        if (ModelState.IsValid)
        {
            var created = await keys.CreateAsync(Name!, Scopes, users.GetUserId(User) ?? "", cancellationToken); // Name checked above
            NewSecret = created.Secret;
            Name = null;
            Scopes = [];
        }
        Keys = await keys.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(id, cancellationToken)) return NotFound();
        return LocalRedirect($"/{PortalCultures.Current.Code}/admin/api-keys");
    }
}
