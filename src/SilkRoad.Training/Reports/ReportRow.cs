namespace SilkRoad.Training.Reports;

/// <summary>
/// One line of a report: <paramref name="Key"/> is the stable value counted by (an ISO country code, a year, a session
/// number, an enumeration's name, a programme's code) for pages to name in their own language; <paramref name="Label"/>
/// names it in the language the report was asked in, for exports.
/// </summary>
public sealed record ReportRow(string Key, string Label, long Count);
