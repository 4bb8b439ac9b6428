using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using SilkRoad.Core.Languages;

namespace SilkRoad.Web.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG on the server, so the statistics need no script and no charting
/// library. Each row is its label above a bar and the count after the bar's end; labels are never measured, which
/// suits Chinese and Arabic as well as Latin text. SVG coordinates do not follow <c>dir</c>, so a right-to-left
/// chart is mirrored here: bars grow from the right edge and the text is laid out right to left.
/// </summary>
public static class BarChartSvg
{
    private const int Width = 440;
    private const int Padding = 8;
    private const int RowHeight = 36;
    private const int BarHeight = 12;
    private const int ValueSpace = 64;

    // As the pages' own encoder: every script as it is, markup characters encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Render(BarChart chart, TextDirection direction, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(culture);
        var rtl = direction == TextDirection.RightToLeft;
        var height = Math.Max(1, chart.Rows.Count) * RowHeight + Padding;
        var max = Math.Max(1, chart.Rows.Count == 0 ? 1 : chart.Rows.Max(r => r.Value));
        var span = Width - 2 * Padding - ValueSpace;
        var titleId = chart.Id + "-svg-title";

        var svg = new StringBuilder(256 + chart.Rows.Count * 256);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{titleId}\" direction=\"{(rtl ? "rtl" : "ltr")}\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Html.Encode(chart.Title)}</title>");
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var top = Padding + i * RowHeight;
            var length = row.Value == 0 ? 0 : Math.Max(2, (int)Math.Round((double)row.Value / max * span));
            var edge = rtl ? Width - Padding : Padding;
            var barX = rtl ? edge - length : edge;
            var valueX = rtl ? edge - length - 6 : edge + length + 6;
            // text-anchor "start" is the right end of right-to-left text, so one anchor serves both directions.
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"bar-label\" x=\"{edge}\" y=\"{top + 13}\" text-anchor=\"start\">{Html.Encode(row.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar-rect\" x=\"{barX}\" y=\"{top + 18}\" width=\"{length}\" height=\"{BarHeight}\" rx=\"2\"></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"bar-value\" x=\"{valueX}\" y=\"{top + 29}\" text-anchor=\"start\">{Html.Encode(row.Value.ToString("N0", culture))}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
