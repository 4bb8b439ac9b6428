using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Storage;

namespace SilkRoad.Web.Tests.Training;

public sealed class CallPagesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static async Task<(int Number, string Country)> OpenSessionAsync(PortalFactory portal)
    {
        await using var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var session = await context.Sessions.Include(s => s.TargetCountries)
            .Where(s => s.ApplicationDeadline >= today && s.StartsOn > today).OrderBy(s => s.Number).FirstAsync();
        return (session.Number, session.TargetCountries[0].CountryCode);
    }

    private async Task<(HttpStatusCode Status, string Html)> PostAsync(string culture, int number, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await fixture.Client.PostAsync(new Uri($"/{culture}/training/calls/{number}", UriKind.Relative), content);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [MemberData(nameof(PortalFixture.Cultures), MemberType = typeof(PortalFixture))]
    public async Task TheCallPageListsTheOpenSessionsInEachLanguage(string culture)
    {
        var (number, _) = await OpenSessionAsync(fixture.Portal);

        var html = await fixture.GetHtmlAsync($"/{culture}/training/calls");

        Assert.Contains($"href=\"/{culture}/training/calls/{number}\"", html, StringComparison.Ordinal);
        Assert.Equal((culture, culture == "ar" ? "rtl" : "ltr"), Html.RootLangDir(html));
    }

    [Fact]
    public async Task AnEmptyApplicationIsRefusedWithEachProblemNamedInTheApplicantsLanguage()
    {
        var (number, _) = await OpenSessionAsync(fixture.Portal);

        var (status, html) = await PostAsync("ar", number, new Dictionary<string, string> { ["Form.Email"] = "not-an-address" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("الاسم الكامل بلغتك: هذا الحقل مطلوب.", html, StringComparison.Ordinal);
        Assert.Contains("البريد الإلكتروني: هذا ليس عنوان بريد إلكتروني.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"error-Email\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullApplicationIsReceivedAndASecondOneFromTheSamePersonIsRefused()
    {
        var (number, country) = await OpenSessionAsync(fixture.Portal);
        var form = new Dictionary<string, string>
        {
            ["Form.NativeName"] = "Ольга Петрова",
            ["Form.LatinName"] = "Olga Petrova",
            ["Form.BirthDate"] = "1990-05-04",
            ["Form.Country"] = country,
            ["Form.Gender"] = "Female",
            ["Form.Institution"] = "Demo Polytechnic University",
            ["Form.Discipline"] = "Hydraulic engineering",
            ["Form.Email"] = "olga.web@example.org",
        };

        var (status, html) = await PostAsync("ru", number, form);
        var (again, second) = await PostAsync("zh", number, form);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("Ваша заявка получена. Её номер: \\d+.", html);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again);
        Assert.Contains("您已申请过本期。", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionThatIsNotTakingApplicationsHasNoForm()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/en/training/calls/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostingToAClosedCallSaysItIsClosed()
    {
        var (status, html) = await PostAsync("fr", 1, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Promotion : les candidatures à cette promotion sont closes.", html, StringComparison.Ordinal);
    }
}
