using System.Globalization;

namespace SilkRoad.Web.Cultures;

/// <summary>Matches a route value that is one of the portal's culture codes (<c>{culture:culture}</c>).</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public const string Name = "culture";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values,
        RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(routeKey, out var value)
            && PortalCultures.TryFind(Convert.ToString(value, CultureInfo.InvariantCulture), out _);
    }
}
