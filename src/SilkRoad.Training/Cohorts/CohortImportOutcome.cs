namespace SilkRoad.Training.Cohorts;

public enum CohortImportOutcome
{
    Imported,
    Refused,
    SessionNotFound,
}
