using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Reports;

namespace SilkRoad.Web.Tests.Training;

public sealed partial class ReportPagesTests(ManagedPortal portal) : IClassFixture<ManagedPortal>
{
    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Enum.GetValues<TrainingReportKind>()) data.Add(kind.Slug());
        return data;
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInFirst()
    {
        using var visitor = portal.NewVisitor();

        using var page = await visitor.GetAsync("/fr/manage/reports/by-country");
        using var list = await visitor.GetAsync("/fr/manage/reports");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/fr/account/login?returnUrl=", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
    }

    [Theory]
    [InlineData(AccountRoles.Trainee)]
    [InlineData(AccountRoles.Reviewer)]
    [InlineData(AccountRoles.Instructor)]
    public async Task OnlyAdministratorsAndProgrammeManagersMaySeeReports(string role)
    {
        using var visitor = await portal.SignedInAsync(role);

        using var page = await visitor.GetAsync("/en/manage/reports/by-country");
        using var list = await visitor.GetAsync("/en/manage/reports");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task AProgrammeManagerSeesEachCountrysTraineesAsTheStoreCountsThem()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.ProgrammeManager);
        var expected = Count(await portal.ParticipationsAsync(), p => p.CountryCode);

        var html = await manager.GetHtmlAsync("/en/manage/reports/by-country");

        var shown = TableRows(html);
        Assert.Equal(115, expected.Count);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), shown.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Contains(">Thailand</th>", html, StringComparison.Ordinal);
        Assert.Contains($"{expected.Values.Sum().ToString("N0", CultureInfo.GetCultureInfo("en"))} trainees in all", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilterOnYearsAndModeCountsOnlyTheSessionsItSelects()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.Administrator);
        var participations = await portal.ParticipationsAsync();
        var year = participations.GroupBy(p => p.Year).OrderByDescending(g => g.Count()).First().Key;
        var selected = participations.Where(p => p.Year >= year - 1 && p.Year <= year && p.Mode == SessionMode.Online).ToList();

        var all = TableRows(await manager.GetHtmlAsync("/en/manage/reports/by-region"));
        var filtered = TableRows(await manager.GetHtmlAsync($"/en/manage/reports/by-region?from={year - 1}&to={year}&mode=Online"));

        Assert.NotEmpty(selected);
        Assert.Equal(Count(selected, p => WorldRegions.Of(p.CountryCode).ToString()).OrderBy(e => e.Key, StringComparer.Ordinal),
            filtered.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.True(filtered.Values.Sum() < all.Values.Sum());
    }

    [Fact]
    public async Task AProgrammeFilterCountsThatProgrammesTraineesOnly()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.Administrator);
        var participations = await portal.ParticipationsAsync();
        var programme = participations.GroupBy(p => p.ProgrammeCode).OrderByDescending(g => g.Count()).First().Key;

        var html = await manager.GetHtmlAsync($"/en/manage/reports/by-year?programme={Uri.EscapeDataString(programme)}");

        Assert.Equal(Count(participations.Where(p => p.ProgrammeCode == programme), p => p.Year.ToString(CultureInfo.InvariantCulture)).OrderBy(e => e.Key, StringComparer.Ordinal),
            TableRows(html).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Contains($"value=\"{programme}\" selected=\"selected\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvAndExcelLinksExportExactlyTheRowsShown()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.ProgrammeManager);
        var participations = await portal.ParticipationsAsync();
        var year = participations.Max(p => p.Year);
        var html = await manager.GetHtmlAsync($"/zh/manage/reports/by-country?from={year}&mode=OnSite");
        var shown = TableRows(html);
        var links = Html.LinksAfter(html, "<p class=\"exports\">", "</p>");

        var csvLink = Assert.Single(links, l => l.Contains(".csv?", StringComparison.Ordinal));
        var xlsxLink = Assert.Single(links, l => l.Contains(".xlsx?", StringComparison.Ordinal));
        using var csv = await manager.GetAsync(csvLink);
        using var xlsx = await manager.GetAsync(xlsxLink);

        Assert.NotEmpty(shown);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        Assert.Equal(shown, lines.ToDictionary(l => l[0], l => long.Parse(l[^1], CultureInfo.InvariantCulture)));
        Assert.Contains(lines, l => l[1] == "泰国");
        Assert.Equal(shown, SheetRows(await xlsx.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryReportHasATableAndAChartInEveryCulture(string kind)
    {
        using var manager = await portal.SignedInAsync(AccountRoles.Administrator);

        foreach (var culture in new[] { "zh", "en", "fr", "ru", "es", "ar" })
        {
            var html = await manager.GetHtmlAsync($"/{culture}/manage/reports/{kind}");

            Assert.Equal((culture, culture == "ar" ? "rtl" : "ltr"), Html.RootLangDir(html));
            Assert.NotEmpty(TableRows(html));
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/api/training/reports/{kind}.csv?language={culture}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NumbersAreWrittenAsThePagesCultureWritesThem()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.Administrator);
        var total = (await portal.ParticipationsAsync()).Select(p => p.TraineeId).Distinct().LongCount();

        var french = WebUtility.HtmlDecode(await manager.GetHtmlAsync("/fr/manage/reports/by-gender"));
        var russian = WebUtility.HtmlDecode(await manager.GetHtmlAsync("/ru/manage/reports/by-gender"));

        Assert.Contains(total.ToString("N0", CultureInfo.GetCultureInfo("fr")) + " stagiaires en tout", french, StringComparison.Ordinal);
        Assert.Contains("Всего слушателей: " + total.ToString("N0", CultureInfo.GetCultureInfo("ru")), russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListLinksToEveryReportAndAnUnknownReportIsNotFound()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.ProgrammeManager);

        var html = await manager.GetHtmlAsync("/ar/manage/reports");
        using var unknown = await manager.GetAsync("/ar/manage/reports/by-shoe-size");

        foreach (var kind in Enum.GetValues<TrainingReportKind>())
            Assert.Contains($"href=\"/ar/manage/reports/{kind.Slug()}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheApiTakesTheSameFilterAndRefusesAnUnknownMode()
    {
        using var visitor = portal.NewVisitor();
        var participations = await portal.ParticipationsAsync();

        using var blended = await visitor.GetAsync("/api/training/reports/by-gender.csv?language=ar&mode=blended");
        using var unknown = await visitor.GetAsync("/api/training/reports/by-gender?mode=Sideways");

        var lines = Encoding.UTF8.GetString(await blended.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        Assert.Equal(participations.Where(p => p.Mode == SessionMode.Blended).Select(p => p.TraineeId).Distinct().Count(),
            lines.Sum(l => long.Parse(l[^1], CultureInfo.InvariantCulture)));
        Assert.Contains(lines, l => l[0] == "Female" && l[1] == "أنثى");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Sideways", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, long> Count(IEnumerable<StoredParticipation> participations, Func<StoredParticipation, string> key) =>
        participations.GroupBy(key).ToDictionary(g => g.Key, g => (long)g.Select(p => p.TraineeId).Distinct().Count(), StringComparer.Ordinal);

    /// <summary>The report table's rows: each row's key and its count, read back from the culture's digits and separators.</summary>
    private static Dictionary<string, long> TableRows(string html) =>
        RowPattern().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["key"].Value),
            m => long.Parse(new string(WebUtility.HtmlDecode(m.Groups["count"].Value).Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture),
            StringComparer.Ordinal);

    private static Dictionary<string, long> SheetRows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet; // a report is one sheet
        return sheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ToList())
            .ToDictionary(c => c[0].InnerText, c => long.Parse(c[^1].InnerText, CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    [GeneratedRegex("<tr data-key=\"(?<key>[^\"]*)\"><th scope=\"row\">[^<]*</th><td class=\"number\">(?<count>[^<]*)</td></tr>")]
    private static partial Regex RowPattern();
}
