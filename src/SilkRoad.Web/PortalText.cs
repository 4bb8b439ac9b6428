namespace SilkRoad.Web;

/// <summary>
/// The interface text of the portal: <c>Resources/PortalText.resx</c> (English, the fallback) and one
/// <c>PortalText.{code}.resx</c> per other working language. Views read it through
/// <c>IStringLocalizer&lt;PortalText&gt;</c>.
/// </summary>
public sealed class PortalText;
