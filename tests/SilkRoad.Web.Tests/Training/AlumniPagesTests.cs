using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Web.Tests.Training;

public sealed partial class AlumniPagesTests(ManagedPortal portal) : IClassFixture<ManagedPortal>
{
    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInFirst()
    {
        using var visitor = portal.NewVisitor();

        using var response = await visitor.GetAsync("/es/alumni?q=a");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/es/account/login?returnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverySignedInPersonSeesTheAlumniWhoOptedInAndTheirCount()
    {
        using var trainee = await portal.SignedInAsync(AccountRoles.Trainee);
        var (listed, _) = await AlumniAsync();

        var html = await trainee.GetHtmlAsync("/en/alumni");

        Assert.Contains($"{listed.Count.ToString("N0", CultureInfo.GetCultureInfo("en"))} alumni found", html, StringComparison.Ordinal);
        Assert.Equal(20, Rows(html).Count);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlumnusWhoDidNotOptInIsNeverFoundAndOneWhoDidIs()
    {
        using var visitor = await portal.SignedInAsync();
        var (listed, unlisted) = await AlumniAsync();
        // Generated names repeat: the one looked for must not share its names with anyone listed.
        var listedNames = listed.Select(t => (t.NativeName, t.LatinName)).ToHashSet();
        var hidden = unlisted.First(t => t.Institution is not null && !listedNames.Contains((t.NativeName, t.LatinName)));
        var shown = listed.First(t => t.Institution is not null);

        var byHiddenName = await visitor.GetHtmlAsync("/en/alumni?q=" + Uri.EscapeDataString(hidden.LatinName));
        var byHiddenNative = await visitor.GetHtmlAsync("/ru/alumni?q=" + Uri.EscapeDataString(hidden.NativeName) + "&country=" + hidden.CountryCode);
        var byShownName = await visitor.GetHtmlAsync("/en/alumni?q=" + Uri.EscapeDataString(shown.LatinName.ToUpperInvariant()));

        Assert.DoesNotContain(Rows(byHiddenName), r => r.Latin == hidden.LatinName && r.Native == hidden.NativeName);
        Assert.DoesNotContain(Rows(byHiddenNative), r => r.Latin == hidden.LatinName && r.Native == hidden.NativeName);
        Assert.Contains(Rows(byShownName), r => r.Latin == shown.LatinName && r.Native == shown.NativeName);
    }

    [Fact]
    public async Task SomeoneWhoOptedInButCompletedNoSessionIsNotAnAlumnus()
    {
        using var visitor = await portal.SignedInAsync();
        await using var context = portal.Portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        // Every demo trainee of a past session completed one: this one is enrolled in a session still to come.
        var session = await context.Sessions.OrderByDescending(s => s.StartsOn).FirstAsync();
        var enrolled = new Trainee
        {
            NativeName = "Ззыкс Тестович",
            LatinName = "Zzyzx Testovich",
            CountryCode = "KZ",
            Institution = "Demo Institute of Power",
            AlumniOptIn = true,
        };
        context.Trainees.Add(enrolled);
        await context.SaveChangesAsync();
        context.Enrolments.Add(new Enrolment { SessionId = session.Id, TraineeId = enrolled.Id, EnrolledAt = DateTime.UtcNow, Status = EnrolmentStatus.Enrolled });
        await context.SaveChangesAsync();

        var html = await visitor.GetHtmlAsync("/en/alumni?q=" + Uri.EscapeDataString(enrolled.LatinName));

        Assert.DoesNotContain(Rows(html), r => r.Latin == enrolled.LatinName && r.Native == enrolled.NativeName);
        Assert.Contains("0 alumni found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountryNarrowsTheDirectoryToItsListedAlumniAndPagesReachThemAll()
    {
        using var visitor = await portal.SignedInAsync(AccountRoles.Trainee);
        var (listed, _) = await AlumniAsync();
        var country = listed.GroupBy(t => t.CountryCode).Select(g => (g.Key, Count: g.Count())).Where(g => g.Count is > 20 and < 80).OrderBy(g => g.Key, StringComparer.Ordinal).First();

        var seen = new List<(string Native, string Latin, string Institution)>();
        var path = $"/zh/alumni?country={country.Key}";
        var first = await visitor.GetHtmlAsync(path);
        for (var html = first; ;)
        {
            seen.AddRange(Rows(html));
            var next = NextPattern().Match(html);
            if (!next.Success) break;
            html = await visitor.GetHtmlAsync(WebUtility.HtmlDecode(next.Groups[1].Value));
        }

        Assert.Contains($"找到 {country.Count} 名校友", first, StringComparison.Ordinal);
        Assert.Equal(listed.Where(t => t.CountryCode == country.Key).Select(t => (t.NativeName, t.LatinName, t.Institution ?? "")).Order(),
            seen.Order());
    }

    [Fact]
    public async Task TheDirectoryShowsNoContactDataAndNoBirthDate()
    {
        using var visitor = await portal.SignedInAsync();
        var (listed, _) = await AlumniAsync();
        var person = listed.First(t => t.Email is not null && t.BirthDate is not null);

        var html = await visitor.GetHtmlAsync("/en/alumni?q=" + Uri.EscapeDataString(person.LatinName));

        Assert.Contains(Rows(html), r => r.Latin == person.LatinName);
        Assert.DoesNotContain("@", Regex.Replace(html, "<(script|link|meta)[^>]*>", ""), StringComparison.Ordinal);
        Assert.DoesNotContain(person.BirthDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        if (person.Phone is { Length: > 0 } phone) Assert.DoesNotContain(phone, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAlumniReportsCountEveryAlumnusByCountryAndInstitution()
    {
        using var manager = await portal.SignedInAsync(AccountRoles.ProgrammeManager);
        var (listed, unlisted) = await AlumniAsync();
        var all = listed.Concat(unlisted).ToList();

        var byCountry = await manager.GetHtmlAsync("/en/manage/reports/alumni-by-country");
        var byInstitution = await manager.GetHtmlAsync("/en/manage/reports/alumni-by-institution");

        Assert.Contains($"{all.Count.ToString("N0", CultureInfo.GetCultureInfo("en"))} alumni in all", byCountry, StringComparison.Ordinal);
        var institution = all.GroupBy(t => t.Institution).Where(g => g.Key is not null).MaxBy(g => g.Count())!;
        Assert.Contains($"<tr data-key=\"{WebUtility.HtmlEncode(institution.Key)}\"><th scope=\"row\">{WebUtility.HtmlEncode(institution.Key)}</th><td class=\"number\">{institution.Count().ToString("N0", CultureInfo.GetCultureInfo("en"))}</td></tr>",
            byInstitution, StringComparison.Ordinal);
    }

    /// <summary>Alumni (a completed session) who opted in, and those who did not, as the store holds them.</summary>
    private async Task<(List<Trainee> Listed, List<Trainee> Unlisted)> AlumniAsync()
    {
        await using var context = portal.Portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var alumni = await context.Trainees.AsNoTracking()
            .Where(t => context.Enrolments.Any(e => e.TraineeId == t.Id && e.Status == EnrolmentStatus.Completed)).ToListAsync();
        var listed = alumni.Where(t => t.AlumniOptIn).ToList();
        Assert.NotEmpty(listed);
        Assert.True(listed.Count < alumni.Count, "everyone opted in: the demo base should have some who did not");
        return (listed, alumni.Where(t => !t.AlumniOptIn).ToList());
    }

    private static List<(string Native, string Latin, string Institution)> Rows(string html) =>
        RowPattern().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups["native"].Value), WebUtility.HtmlDecode(m.Groups["latin"].Value),
            WebUtility.HtmlDecode(m.Groups["institution"].Value))).ToList();

    [GeneratedRegex("<th scope=\"row\"><bdi class=\"native-name\">(?<native>[^<]*)</bdi><br><span class=\"latin-name\">(?<latin>[^<]*)</span></th>\\s*<td>[^<]*</td>\\s*<td><bdi>(?<institution>[^<]*)</bdi></td>")]
    private static partial Regex RowPattern();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextPattern();
}
