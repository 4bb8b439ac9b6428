using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SilkRoad.Web.Pages.Admin;

/// <summary>The administration area's start (the folder requires <c>AccountPolicies.Administration</c>).</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
