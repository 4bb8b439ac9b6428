namespace SilkRoad.Training.Cohorts;

/// <summary>A cohort file as read: its rows, or the problems that kept it from being read (then no rows).</summary>
public sealed record CohortFile(IReadOnlyList<CohortRow> Rows, IReadOnlyList<CohortProblem> Problems)
{
    public static CohortFile Refused(CohortProblemCode code, CohortColumn column = CohortColumn.File) =>
        new([], [new CohortProblem(0, column, code)]);
}
