using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Reports;

/// <summary>
/// Which participations a report counts: sessions that start in <see cref="FromYear"/>..<see cref="ToYear"/> (either
/// open), of one programme (by its code), in one mode. Each part left null does not restrict.
/// </summary>
public sealed record ReportFilter(int? FromYear = null, int? ToYear = null, string? ProgrammeCode = null, SessionMode? Mode = null)
{
    public static ReportFilter None { get; } = new();

    public bool IsEmpty => FromYear is null && ToYear is null && string.IsNullOrEmpty(ProgrammeCode) && Mode is null;
}
