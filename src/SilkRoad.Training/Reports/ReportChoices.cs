namespace SilkRoad.Training.Reports;

/// <summary>What a report's filter can choose from: the years sessions start in, and the programmes in title order.</summary>
public sealed record ReportChoices(IReadOnlyList<int> Years, IReadOnlyList<ProgrammeChoice> Programmes);
