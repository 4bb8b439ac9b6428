using Microsoft.AspNetCore.Mvc;
using SilkRoad.Search;

namespace SilkRoad.Web.Pages.Resources;

/// <summary>
/// "Related resources" on a resource page, from the search index's more-like-this. The search engine is optional to
/// this page: until a host registers an <see cref="ISearchIndex"/>, or when it finds nothing, the section is left out.
/// </summary>
public sealed class RelatedResourcesViewComponent(IServiceProvider services) : ViewComponent
{
    public const int Count = 5;

    public async Task<IViewComponentResult> InvokeAsync(long resourceId)
    {
        if (services.GetService<ISearchIndex>() is not { } index) return Content("");
        var hits = await index.RelatedAsync(resourceId, Count, HttpContext.RequestAborted);
        return hits.Count == 0 ? Content("") : View(hits);
    }
}
