using SilkRoad.Core.Languages;

namespace SilkRoad.Web.Cultures;

public static class TextDirectionExtensions
{
    /// <summary>The value of an HTML <c>dir</c> attribute.</summary>
    public static string ToHtmlDir(this TextDirection direction) =>
        direction == TextDirection.RightToLeft ? "rtl" : "ltr";
}
