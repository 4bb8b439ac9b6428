using System.Globalization;
using SilkRoad.Core.Languages;

namespace SilkRoad.Web.Cultures;

/// <summary>One culture of the portal: a working language, the culture that formats its numbers and dates, and the
/// values a page writes into <c>&lt;html lang dir&gt;</c>.</summary>
public sealed record PortalCulture(Language Language, CultureInfo Culture)
{
    public string Code => Language.Code;

    public string Dir => Language.Direction.ToHtmlDir();

    public string NativeName => Language.NativeName;
}
