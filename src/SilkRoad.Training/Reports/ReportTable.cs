namespace SilkRoad.Training.Reports;

/// <summary>A computed report: its rows in display order, and the number of distinct people (or sessions) it covers.</summary>
public sealed record ReportTable(TrainingReportKind Kind, IReadOnlyList<ReportRow> Rows, long Total);
