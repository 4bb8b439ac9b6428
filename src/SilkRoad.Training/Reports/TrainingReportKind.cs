namespace SilkRoad.Training.Reports;

/// <summary>
/// The reports of the training base. Each counts distinct people, except <see cref="SessionsByTopic"/>; the alumni
/// reports count the people who completed a session (all of them, listed in the directory or not: counts name nobody).
/// </summary>
public enum TrainingReportKind
{
    ByCountry,
    ByRegion,
    ByYear,
    ByProgramme,
    BySession,
    ByGender,
    ByMode,
    SessionsByTopic,
    AlumniByCountry,
    AlumniByInstitution,
}
