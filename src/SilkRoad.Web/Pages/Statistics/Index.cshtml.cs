using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SilkRoad.Training.Reports;
using SilkRoad.Web.Charts;
using SilkRoad.Web.Cultures;
using SilkRoad.Web.Figures;

namespace SilkRoad.Web.Pages.Statistics;

public sealed class IndexModel(PortalFiguresReader figures, DisplayNames names, IStringLocalizer<PortalText> text, TrainingReports reports,
    IStringLocalizer<TrainingText> training) : PageModel
{
    /// <summary>Years beyond this many are summed into one "earlier" bar, so the chart stays readable for old catalogues.</summary>
    public const int YearsShown = 30;

    public const int CountriesShown = 20;

    public PortalFigures Figures { get; private set; } = default!; // set by OnGetAsync before the page renders

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    /// <summary>The training base's trainees by country: counts only, no person can be told apart in them.</summary>
    public WorldMap TraineeMap { get; private set; } = default!; // set by OnGetAsync

    /// <summary>The map's counts, largest first, each named in the page's language.</summary>
    public IReadOnlyList<BarChartRow> TraineeCountries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await figures.ReadAsync(cancellationToken);
        string Count = text["Statistics.Count"];

        var byType = Figures.ByType.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new BarChartRow(names.Type(t.Key), t.Value)).ToList();
        var byLanguage = PortalCultures.All
            .Select(c => new BarChartRow(names.Language(c.Code), Figures.ByLanguage.GetValueOrDefault(c.Code))).ToList();
        var byCountry = Figures.ByCountry.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(CountriesShown).Select(c => new BarChartRow(names.Country(c.Key), c.Value)).ToList();

        var trainees = await reports.ComputeAsync(TrainingReportKind.ByCountry, PortalCultures.Current.Code, cancellationToken);
        TraineeMap = new WorldMap("trainee-map", training["Map.Title"], trainees.Rows.ToDictionary(r => r.Key, r => r.Count, StringComparer.Ordinal));
        TraineeCountries = trainees.Rows.Select(r => new BarChartRow(names.Country(r.Key), r.Count)).ToList();

        Charts =
        [
            new BarChart("by-type", text["Statistics.ByType"], text["Facet.type"], Count, byType),
            new BarChart("by-language", text["Statistics.ByLanguage"], text["Facet.language"], Count, byLanguage),
            new BarChart("by-year", text["Statistics.ByYear"], text["Facet.year"], Count, YearRows(Figures.ByYear)),
            new BarChart("by-country", text["Statistics.ByCountry", CountriesShown], text["Facet.country"], Count, byCountry),
        ];
    }

    private List<BarChartRow> YearRows(IReadOnlyDictionary<int, long> byYear)
    {
        var years = byYear.OrderByDescending(y => y.Key).ToList();
        var rows = years.Take(YearsShown).OrderBy(y => y.Key)
            .Select(y => new BarChartRow(y.Key.ToString(CultureInfo.InvariantCulture), y.Value)).ToList();
        if (years.Count > YearsShown)
        {
            rows.Insert(0, new BarChartRow(text["Statistics.EarlierYears"], years.Skip(YearsShown).Sum(y => y.Value)));
        }
        return rows;
    }
}
