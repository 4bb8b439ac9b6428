namespace SilkRoad.Web.Charts;

/// <summary>Counts to draw as horizontal bars, in the order given. <see cref="Id"/> makes the chart's element ids unique on a page.</summary>
public sealed record BarChart(string Id, string Title, string CategoryHeading, string CountHeading, IReadOnlyList<BarChartRow> Rows);
