using Microsoft.Extensions.Localization;
using SilkRoad.Training.Reports;

namespace SilkRoad.Web.Cultures;

/// <summary>
/// Names a report's rows, headings and title in the page's culture. A row's key is the stable value (a country code, an
/// enumeration's name); the report's own label is in the language it was computed in, which serves for programmes and
/// topics, whose titles are data.
/// </summary>
public sealed class ReportLabels(IStringLocalizer<TrainingText> training, DisplayNames names)
{
    public string Title(TrainingReportKind kind) => training["Report." + kind];

    public string Category(TrainingReportKind kind) => training["Report.Category." + kind];

    public string Count(TrainingReportKind kind) => kind switch
    {
        TrainingReportKind.SessionsByTopic => training["Reports.Sessions"],
        TrainingReportKind.AlumniByCountry or TrainingReportKind.AlumniByInstitution => training["Reports.Alumni"],
        _ => training["Reports.Trainees"],
    };

    public string Row(TrainingReportKind kind, ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return kind switch
        {
            TrainingReportKind.ByCountry or TrainingReportKind.AlumniByCountry => names.Country(row.Key),
            TrainingReportKind.AlumniByInstitution when row.Key.Length == 0 => training["Reports.NoInstitution"],
            TrainingReportKind.ByRegion => training["Region." + row.Key],
            TrainingReportKind.ByGender => training["Gender." + row.Key],
            TrainingReportKind.ByMode => training["Mode." + row.Key],
            TrainingReportKind.BySession => training["Reports.SessionNumber", row.Key],
            _ => row.Label,
        };
    }
}
