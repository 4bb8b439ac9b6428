using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace SilkRoad.Web.Charts;

/// <summary>
/// Draws a <see cref="WorldMap"/> as an inline SVG choropleth on the server: every country of the map as a path,
/// shaded by its count (<see cref="WorldMapShading"/>; a class per shade, coloured by the stylesheet, so the CSP's
/// <c>style-src 'self'</c> holds), each with a <c>&lt;title&gt;</c> naming it and its count for a pointer's tooltip.
/// Countries too small for the map are dots, drawn only when they count. The map is geography, so it is never
/// mirrored for right-to-left pages; the table beside it is what a screen reader reads.
/// </summary>
public static class WorldMapSvg
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="countryTitle">A country's tooltip from its code and count, in the page's language.</param>
    public static IHtmlContent Render(WorldMap map, Func<string, long, string> countryTitle)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(countryTitle);
        var shapes = WorldMapShapes.Instance;
        var shading = new WorldMapShading(map.Counts.Count == 0 ? 0 : map.Counts.Values.Max());
        var titleId = map.Id + "-svg-title";
        var svg = new StringBuilder(64 * 1024);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map\" viewBox=\"{shapes.ViewBox}\" role=\"img\" aria-labelledby=\"{titleId}\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Html.Encode(map.Title)}</title>");
        foreach (var shape in shapes.Countries)
        {
            var count = map.Counts.GetValueOrDefault(shape.Code);
            if (shape.IsDot && count == 0) continue;
            svg.Append(CultureInfo.InvariantCulture,
                $"<path class=\"country shade-{shading.Shade(count)}{(shape.IsDot ? " dot" : "")}\" data-code=\"{shape.Code}\" d=\"{shape.PathData}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Html.Encode(countryTitle(shape.Code, count))}</title></path>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
