namespace SilkRoad.Training.Cohorts;

/// <summary>One row of a cohort preview: who it names, whether that is a trainee the base already holds, and its problems.</summary>
public sealed record CohortPreviewRow(
    int Number,
    string? LatinName,
    string? NativeName,
    string? Email,
    string? Country,
    int? ExistingTraineeId,
    IReadOnlyList<CohortProblem> Problems)
{
    public bool IsNewPerson => ExistingTraineeId is null;
}
