namespace SilkRoad.Training.Access;

/// <summary>
/// Who is assigned to what, as the administrators' page shows it: programmes with their managers, sessions still to
/// end with their instructors, partners with their coordinators. Each list is (id, label, assigned account ids).
/// </summary>
public sealed record AssignmentOverview(
    IReadOnlyList<AssignmentTarget> Programmes,
    IReadOnlyList<AssignmentTarget> Sessions,
    IReadOnlyList<AssignmentTarget> Partners);
