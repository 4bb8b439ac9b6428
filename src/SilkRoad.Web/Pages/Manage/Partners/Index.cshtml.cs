using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Training.Partners;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Partners;

/// <summary>The partner institutions by country, each with its contacts, agreements and nominations; a coordinator sees their own only.</summary>
[Authorize(Roles = PartnerRoles.Readers)]
public sealed class IndexModel(PartnerDirectory directory, DisplayNames names) : PageModel
{
    public IReadOnlyList<IGrouping<string, PartnerView>> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await HttpContext.TrainingActorAsync() ?? throw new InvalidOperationException("the roles require a signed-in user");
        var culture = PortalCultures.Current;
        var partners = await directory.ListAsync(actor, culture.Code, cancellationToken);
        var comparer = StringComparer.Create(culture.Culture, ignoreCase: true);
        Countries = partners.GroupBy(p => p.CountryCode).OrderBy(g => names.Country(g.Key), comparer).ToList();
    }
}
