using Microsoft.AspNetCore.Diagnostics;

namespace SilkRoad.Web.Cultures;

/// <summary>
/// The same page in every culture, for the language switcher and the <c>hreflang</c> alternates: the path with its
/// culture segment swapped, and the query string kept. On an error page it is the address that failed; an address
/// with no culture of ours leads to each culture's home page.
/// </summary>
public static class CultureLinks
{
    public static IReadOnlyList<CultureLink> For(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var reExecuted = httpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var path = UrlCultureProvider.OriginalPath(httpContext);
        var query = reExecuted is not null ? reExecuted.OriginalQueryString ?? "" : httpContext.Request.QueryString.Value ?? "";
        var pathBase = httpContext.Request.PathBase.Value ?? "";

        var segment = UrlCultureProvider.FirstSegment(path);
        var rest = PortalCultures.TryFind(segment, out _) ? path.TrimStart('/')[segment.Length..] : null;
        return PortalCultures.All
            .Select(c => new CultureLink(c, rest is null ? $"{pathBase}/{c.Code}/" : $"{pathBase}/{c.Code}{(rest.Length == 0 ? "/" : rest)}{query}"))
            .ToList();
    }
}
