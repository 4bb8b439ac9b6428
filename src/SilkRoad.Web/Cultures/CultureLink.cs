namespace SilkRoad.Web.Cultures;

/// <summary>The current page's address in one culture (relative to the host).</summary>
public sealed record CultureLink(PortalCulture Culture, string Href);
