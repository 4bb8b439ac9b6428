using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Reports;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Reports;

/// <summary>The list of the training base's reports, for administrators and programme managers.</summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
public sealed class IndexModel(IStringLocalizer<TrainingText> training, DisplayNames names) : PageModel
{
    public ReportLabels Labels { get; } = new(training, names);

    public IReadOnlyList<TrainingReportKind> Kinds { get; } = Enum.GetValues<TrainingReportKind>();

    public void OnGet()
    {
    }
}
