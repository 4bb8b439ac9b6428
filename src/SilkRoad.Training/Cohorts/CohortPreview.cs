namespace SilkRoad.Training.Cohorts;

/// <summary>
/// What importing a cohort file into a session would do: every row with its problems, and the places left. It can be
/// confirmed only when no row and not the file has a problem.
/// </summary>
public sealed record CohortPreview(
    int SessionId,
    int Capacity,
    int PlacesTaken,
    IReadOnlyList<CohortPreviewRow> Rows,
    IReadOnlyList<CohortProblem> FileProblems)
{
    public IEnumerable<CohortProblem> Problems => FileProblems.Concat(Rows.SelectMany(r => r.Problems));

    public bool CanConfirm => Rows.Count > 0 && !Problems.Any();

    public int NewPeople => Rows.Count(r => r.IsNewPerson);
}
