namespace SilkRoad.Training.Access;

/// <summary>A programme, session or partner and the accounts assigned to it.</summary>
public sealed record AssignmentTarget(int Id, string Label, IReadOnlyList<string> UserIds);
