namespace SilkRoad.Training.Reports;

/// <summary>The reports of the training base. Each counts distinct people, except <see cref="SessionsByTopic"/>.</summary>
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
}
