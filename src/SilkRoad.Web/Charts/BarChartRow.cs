namespace SilkRoad.Web.Charts;

public sealed record BarChartRow(string Label, long Value);
