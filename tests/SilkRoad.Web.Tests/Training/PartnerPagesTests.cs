using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

public sealed class PartnerPagesTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private static int _people;

    private sealed record TwoPartners(SessionsPortal.StaffSession Session, int Nominating, int Other, string Tag);

    /// <summary>Two partners of a session (one in Thailand that nominated three people, one admitted; one in Uganda that nominated none), each with a contact and agreements.</summary>
    private async Task<TwoPartners> TwoPartnersAsync()
    {
        var session = await portal.SessionAsync();
        var tag = session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var nominating = new PartnerInstitution
        {
            Name = "มหาวิทยาลัยทดสอบ " + tag,
            LatinName = "Test University " + tag,
            CountryCode = "TH",
            City = "Bangkok",
            Contacts = [new PartnerContact { Name = "Somchai Test " + tag, Role = "International office", Email = $"somchai{tag}@example.org" }],
            Agreements =
            [
                new PartnerAgreement { SignedOn = today.AddYears(-6), StartsOn = today.AddYears(-6), EndsOn = today.AddYears(-1), Scope = "Exchange of lecturers " + tag },
                new PartnerAgreement { SignedOn = today.AddYears(-1), StartsOn = today.AddYears(-1), EndsOn = null, Scope = "Joint training " + tag },
            ],
        };
        var other = new PartnerInstitution { Name = "Other Institute " + tag, LatinName = "Other Institute " + tag, CountryCode = "UG" };
        context.Partners.AddRange(nominating, other);
        await context.SaveChangesAsync();
        for (var i = 0; i < 3; i++)
        {
            var trainee = new Trainee { NativeName = $"Nominee {i} {tag}", LatinName = $"Nominee {i} {tag}", CountryCode = "TH" };
            context.Trainees.Add(trainee);
            await context.SaveChangesAsync();
            context.Applications.Add(new TrainingApplication
            {
                SessionId = session.Id,
                TraineeId = trainee.Id,
                SubmittedAt = DateTime.UtcNow,
                Status = i == 0 ? ApplicationStatus.Admitted : ApplicationStatus.Submitted,
                NominatedByPartnerId = nominating.Id,
            });
        }
        await context.SaveChangesAsync();
        return new TwoPartners(session, nominating.Id, other.Id, tag);
    }

    private async Task<Visitor> CoordinatorOfAsync(int partnerId)
    {
        var email = $"coordinator{Interlocked.Increment(ref _people)}@example.org";
        var user = await portal.CreateUserAsync(email, AccountRoles.PartnerCoordinator);
        await using (var context = portal.Services.GetRequiredService<TrainingDbContextFactory>().Create())
        {
            context.PartnerCoordinators.Add(new PartnerCoordinator { PartnerId = partnerId, UserId = user.Id });
            await context.SaveChangesAsync();
        }
        return await SessionsPortal.SignInAsync(portal, email);
    }

    [Fact]
    public async Task AManagerSeesEveryPartnerByCountryWithContactsAgreementsAndNominationCounts()
    {
        var partners = await TwoPartnersAsync();

        var desk = await partners.Session.Manager.GetHtmlAsync("/en/manage");
        var list = await partners.Session.Manager.GetHtmlAsync("/en/manage/partners");
        var page = WebUtility.HtmlDecode(await partners.Session.Manager.GetHtmlAsync($"/en/manage/partners/{partners.Nominating}"));

        Assert.Contains("href=\"/en/manage/partners\"", desk, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"country-TH\">Thailand</h2>", list, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"country-UG\">Uganda</h2>", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/en/manage/partners/{partners.Other}\"", list, StringComparison.Ordinal);
        // The list says how many sessions a partner nominated people to; the partner's page lists them.
        Assert.Contains($"<a href=\"/en/manage/partners/{partners.Nominating}\">Nominated 3 people to 1 sessions</a>", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/en/manage/sessions/{partners.Session.Id}\"", list, StringComparison.Ordinal);
        Assert.Contains($"Somchai Test {partners.Tag}", page, StringComparison.Ordinal);
        Assert.Matches($"Exchange of lecturers {partners.Tag}</bdi></td>.*?Expired", page.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Matches($"Joint training {partners.Tag}</bdi></td>.*?no end date.*?Current", page.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Contains("Nominated 3 people to 1 sessions", page, StringComparison.Ordinal);
        // The manager manages the session, so it links to its page; 3 nominated, 1 admitted.
        Assert.Matches($"href=\"/en/manage/sessions/{partners.Session.Id}\">Session [^<]+</a>\\s*</td>\\s*<td><bdi>New Energy Technologies</bdi></td>\\s*<td>[^<]+</td>\\s*<td class=\"number\">3</td>\\s*<td class=\"number\">1</td>", page);
    }

    [Fact]
    public async Task ACoordinatorSeesOnlyTheirOwnInstitutionAndAnotherReadsAsNotFound()
    {
        var partners = await TwoPartnersAsync();
        var coordinator = await CoordinatorOfAsync(partners.Nominating);
        var otherCoordinator = await CoordinatorOfAsync(partners.Other);

        var nominationsPage = await coordinator.GetHtmlAsync("/en/manage/nominations");
        var list = await coordinator.GetHtmlAsync("/en/manage/partners");
        using var own = await coordinator.GetAsync($"/en/manage/partners/{partners.Nominating}");
        using var other = await coordinator.GetAsync($"/en/manage/partners/{partners.Other}");
        using var theirs = await otherCoordinator.GetAsync($"/en/manage/partners/{partners.Nominating}");
        var ownHtml = await own.Content.ReadAsStringAsync();

        Assert.Contains("href=\"/en/manage/partners\"", nominationsPage, StringComparison.Ordinal);
        Assert.Contains($"Test University {partners.Tag}", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"Other Institute {partners.Tag}", list, StringComparison.Ordinal);
        Assert.DoesNotContain("country-UG", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        // A coordinator does not manage the session: its number is shown, not linked.
        Assert.DoesNotContain($"/en/manage/sessions/{partners.Session.Id}", ownHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraineesAndInstructorsAreRefusedThePartnersPages()
    {
        var partners = await TwoPartnersAsync();
        var trainee = await portal.SignedInAsync($"partners-trainee{partners.Tag}@example.org", AccountRoles.Trainee);

        using var asTrainee = await trainee.GetAsync("/en/manage/partners");
        using var asInstructor = await partners.Session.Instructor.GetAsync($"/en/manage/partners/{partners.Nominating}");

        Assert.Equal(HttpStatusCode.Forbidden, asTrainee.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asInstructor.StatusCode);
    }

    [Theory]
    [InlineData("zh", "合作机构")]
    [InlineData("ar", "المؤسسات الشريكة")]
    public async Task ThePartnersPageSpeaksTheCulturesLanguage(string culture, string title)
    {
        var partners = await TwoPartnersAsync();

        var html = await partners.Session.Manager.GetHtmlAsync($"/{culture}/manage/partners/{partners.Nominating}");

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Contacts", html, StringComparison.Ordinal);
    }
}
