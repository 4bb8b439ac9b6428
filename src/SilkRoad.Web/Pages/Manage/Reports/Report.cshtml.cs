using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Reports;
using SilkRoad.Web.Api;
using SilkRoad.Web.Charts;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Manage.Reports;

/// <summary>
/// One report (<c>/{culture}/manage/reports/{kind}</c>): a chart, the whole table, a filter sent as a plain GET form,
/// and links to the CSV and Excel exports of exactly the rows shown (the API's report with the same query).
/// </summary>
[Authorize(Policy = AccountPolicies.ManageProgrammes)]
public sealed class ReportModel(TrainingReports reports, IStringLocalizer<TrainingText> training, DisplayNames names) : PageModel
{
    public ReportLabels Labels { get; } = new(training, names);

    /// <summary>A chart of more bars than this shows the largest; the table below it has every row.</summary>
    public const int ChartRows = 30;

    [BindProperty(SupportsGet = true, Name = "from")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "programme")]
    public string? Programme { get; set; }

    [BindProperty(SupportsGet = true, Name = "mode")]
    public string? Mode { get; set; }

    public TrainingReportKind Kind { get; private set; }

    public ReportTable Report { get; private set; } = default!; // set by OnGetAsync before the page renders

    public IReadOnlyList<LabelledRow> Rows { get; private set; } = [];

    public BarChart Chart { get; private set; } = default!; // likewise

    public ReportChoices Choices { get; private set; } = default!; // likewise

    /// <summary>The world map of the rows, for the report by country; null for the others.</summary>
    public WorldMap? Map { get; private set; }

    public bool FiltersProgramme => Kind != TrainingReportKind.ByProgramme;

    public bool FiltersMode => Kind != TrainingReportKind.ByMode;

    /// <summary>The query string of the filter as applied, for the export links (empty when nothing is filtered).</summary>
    public string FilterQuery { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        if (!TrainingReportSlugs.TryParse(kind, out var parsed)) return NotFound();
        Kind = parsed;
        var language = PortalCultures.Current.Code;
        if (!FiltersProgramme) Programme = null;
        if (!FiltersMode) Mode = null;
        // The form offers only valid modes: another is a hand-made address.
        if (!new ReportRequest(language, From, To, Programme, Mode).TryGetFilter(out var filter, out _)) return BadRequest();
        Report = await reports.ComputeAsync(parsed, language, filter, cancellationToken);
        Choices = await reports.ChoicesAsync(language, cancellationToken);
        Rows = Report.Rows.Select(r => new LabelledRow(r.Key, Labels.Row(parsed, r), r.Count)).ToList();
        var shown = Rows.OrderByDescending(r => r.Count).Take(ChartRows).ToHashSet();
        Chart = new BarChart("report", Labels.Title(parsed), Labels.Category(parsed), Labels.Count(parsed),
            Rows.Where(shown.Contains).Select(r => new BarChartRow(r.Label, r.Count)).ToList());
        if (parsed == TrainingReportKind.ByCountry)
            Map = new WorldMap("trainee-map", training["Map.Title"], Report.Rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal));
        FilterQuery = Query(filter);
        return Page();
    }

    private static string Query(ReportFilter filter)
    {
        var parts = new List<string>();
        if (filter.FromYear is { } from) parts.Add("from=" + from.ToString(CultureInfo.InvariantCulture));
        if (filter.ToYear is { } to) parts.Add("to=" + to.ToString(CultureInfo.InvariantCulture));
        if (filter.ProgrammeCode is { } programme) parts.Add("programme=" + Uri.EscapeDataString(programme));
        if (filter.Mode is { } mode) parts.Add("mode=" + mode);
        return string.Join('&', parts);
    }
}
