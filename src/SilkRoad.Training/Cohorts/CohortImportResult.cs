namespace SilkRoad.Training.Cohorts;

/// <summary>What an import did: everyone enrolled, or nothing and the preview that says why.</summary>
public sealed record CohortImportResult(CohortImportOutcome Outcome, CohortPreview? Preview, int Enrolled, int NewTrainees);
