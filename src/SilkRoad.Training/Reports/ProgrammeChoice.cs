namespace SilkRoad.Training.Reports;

/// <summary>A programme as a filter offers it: its code (the value) and its title in the reader's language.</summary>
public sealed record ProgrammeChoice(string Code, string Title);
