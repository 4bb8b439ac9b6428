using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace SilkRoad.Web.Cultures;

/// <summary>
/// Takes the culture from the first segment of the path (<c>/ar/statistics</c>). An error page that is re-executed
/// (a 404, a 500) is served in the culture of the address that failed, so it reads the original path.
/// </summary>
public sealed class UrlCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return Task.FromResult(PortalCultures.TryFind(FirstSegment(OriginalPath(httpContext)), out var culture)
            ? new ProviderCultureResult(culture.Code)
            : null);
    }

    /// <summary>The path the user asked for, before an error page was re-executed in its place.</summary>
    public static string OriginalPath(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? httpContext.Request.Path.Value
            ?? "/";
    }

    public static string FirstSegment(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.AsSpan().TrimStart('/');
        var end = trimmed.IndexOf('/');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }
}
