using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Alumni;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Alumni;

/// <summary>
/// The alumni directory (<c>/{culture}/alumni</c>): those who completed a session and opted in, searched by name or
/// institution and narrowed to a country, a page at a time. For signed-in people only: the names are personal data
/// their owners agreed to show to the base's community, not to every crawler.
/// </summary>
[Authorize(Policy = AccountPolicies.SignedIn)]
public sealed class IndexModel(AlumniDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    // Not bound: Razor Pages keeps "page" as a route value of its own (the page's path), which binding would read first.
    public int PageNumber { get; private set; } = 1;

    public AlumniPage Results { get; private set; } = default!; // set by OnGetAsync before the page renders

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Text?.Length > 200) Text = Text[..200];
        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
        Results = await directory.SearchAsync(new AlumniQuery(Text, Country, PageNumber), PortalCultures.Current.Code, cancellationToken);
        return Page();
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageLink(int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Text)) parts.Add("q=" + Uri.EscapeDataString(Text));
        if (!string.IsNullOrWhiteSpace(Country)) parts.Add("country=" + Uri.EscapeDataString(Country));
        if (page > 1) parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"/{PortalCultures.Current.Code}/alumni" + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }
}
