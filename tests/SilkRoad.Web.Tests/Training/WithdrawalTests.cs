using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>
/// A trainee withdraws from /{culture}/my through the real host: a confirmation step with an optional reason, the
/// application and place marked Withdrawn for them and for the manager, the place freed on the manager's desk without
/// the waiting list moving by itself, refused once the session has started, and nobody else's to withdraw.
/// </summary>
public sealed class WithdrawalTests(WithdrawalTests.Base world) : IClassFixture<WithdrawalTests.Base>
{
    public sealed class Base : IAsyncLifetime
    {
        public AccountsPortal Portal { get; } = new();

        public Task InitializeAsync()
        {
            using (Portal.CreateClient()) { } // starts the host, which migrates the store
            return Task.CompletedTask;
        }

        public async Task DisposeAsync() => await Portal.DisposeAsync();

        public sealed record Place(int SessionId, int SessionNumber, int ApplicationId, Visitor Trainee, Visitor Manager, int WaitlistedId);

        /// <summary>
        /// A session of one place starting in <paramref name="startsInDays"/>, its manager, a signed-in trainee whose
        /// application stands at <paramref name="status"/> (admitted: with their enrolment), and a waitlisted applicant.
        /// </summary>
        public async Task<Place> PlaceAsync(ApplicationStatus status, int startsInDays = 30)
        {
            var session = await Portal.SessionAsync(capacity: 1, start: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(startsInDays));
            var trainee = await Portal.CreateUserAsync($"trainee{session.Number}@example.org", "Trainee");
            await using var context = Contexts().Create();
            var own = new Trainee { NativeName = "Nguyen Van An", LatinName = "Nguyen Van An", CountryCode = "VN", UserId = trainee.Id };
            var waiting = new Trainee { NativeName = "Bola Adeyemi", LatinName = "Bola Adeyemi", CountryCode = "NG" };
            context.Trainees.AddRange(own, waiting);
            await context.SaveChangesAsync();
            var application = new TrainingApplication { SessionId = session.Id, TraineeId = own.Id, SubmittedAt = DateTime.UtcNow, Status = status, Language = "en" };
            var waitlisted = new TrainingApplication
            {
                SessionId = session.Id,
                TraineeId = waiting.Id,
                SubmittedAt = DateTime.UtcNow,
                Status = ApplicationStatus.Waitlisted,
                Language = "en",
            };
            context.Applications.AddRange(application, waitlisted);
            if (status == ApplicationStatus.Admitted)
                context.Enrolments.Add(new Enrolment { SessionId = session.Id, TraineeId = own.Id, EnrolledAt = DateTime.UtcNow, Status = EnrolmentStatus.Enrolled });
            await context.SaveChangesAsync();
            return new Place(session.Id, session.Number, application.Id, await SessionsPortal.SignInAsync(Portal, trainee.Email!), session.Manager, waitlisted.Id);
        }

        public async Task<(ApplicationStatus Application, EnrolmentStatus? Enrolment, string? Reason)> StandingAsync(int applicationId)
        {
            await using var context = Contexts().Create();
            var application = await context.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId);
            var enrolment = await context.Enrolments.AsNoTracking()
                .SingleOrDefaultAsync(e => e.SessionId == application.SessionId && e.TraineeId == application.TraineeId);
            return (application.Status, enrolment?.Status, application.WithdrawalReason);
        }

        public async Task<string?> EnrolmentReasonAsync(int applicationId)
        {
            await using var context = Contexts().Create();
            var application = await context.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId);
            return await context.Enrolments.Where(e => e.SessionId == application.SessionId && e.TraineeId == application.TraineeId)
                .Select(e => e.WithdrawalReason).SingleAsync();
        }

        private TrainingDbContextFactory Contexts() => Portal.Services.GetRequiredService<TrainingDbContextFactory>();
    }

    private static string Page(Base.Place place, string culture = "en") => $"/{culture}/my/sessions/{place.SessionId}/withdraw";

    // The token comes from the account page, since the confirmation page has no form once there is nothing to withdraw.
    private static async Task<HttpResponseMessage> WithdrawAsync(Visitor visitor, Base.Place place, string reason = "") =>
        await visitor.PostFormAsync(Page(place), null, [new("Reason", reason)], SessionsPortal.Token(await visitor.GetHtmlAsync("/en/account")));

    [Fact]
    public async Task AnAdmittedTraineeWithdrawsWithAReasonAndThePlaceIsFreedForTheManagerToFill()
    {
        var place = await world.PlaceAsync(ApplicationStatus.Admitted);
        var record = await place.Trainee.GetHtmlAsync("/en/my");
        Assert.Contains($"href=\"/en/my/sessions/{place.SessionId}/withdraw\"", record, StringComparison.Ordinal);
        var before = await SessionsPortal.TextAsync(await place.Manager.GetAsync("/en/manage"));

        using var response = await WithdrawAsync(place.Trainee, place, "A family matter keeps me at home.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/en/my?withdrawn={place.SessionId}", response.Headers.Location?.OriginalString);
        var mine = WebUtility.HtmlDecode(await place.Trainee.GetHtmlAsync($"/en/my?withdrawn={place.SessionId}"));
        Assert.Contains($"You have withdrawn from session {place.SessionNumber}.", mine, StringComparison.Ordinal);
        Assert.Contains("Withdrawn", mine, StringComparison.Ordinal);
        Assert.Contains("Withdrew", mine, StringComparison.Ordinal);
        Assert.DoesNotContain($"/my/sessions/{place.SessionId}/withdraw\"", mine, StringComparison.Ordinal);
        Assert.Equal((ApplicationStatus.Withdrawn, EnrolmentStatus.Withdrawn, "A family matter keeps me at home."), await world.StandingAsync(place.ApplicationId));

        // The manager sees the place free and the withdrawal with its reason; the waiting list has not moved by itself.
        Assert.Contains("1 of 1", before, StringComparison.Ordinal);
        var desk = await SessionsPortal.TextAsync(await place.Manager.GetAsync("/en/manage"));
        Assert.Contains("0 of 1", desk, StringComparison.Ordinal);
        var detail = await SessionsPortal.TextAsync(await place.Manager.GetAsync($"/en/manage/applications/{place.ApplicationId}"));
        Assert.Contains("Withdrawn", detail, StringComparison.Ordinal);
        Assert.Contains("A family matter keeps me at home.", detail, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Waitlisted, (await world.StandingAsync(place.WaitlistedId)).Application);

        using var admitted = await place.Manager.PostFormAsync($"/en/manage/applications/{place.WaitlistedId}", "Decide", [new("decision", "Admit")]);
        Assert.Equal(HttpStatusCode.Redirect, admitted.StatusCode);
        Assert.Equal(ApplicationStatus.Admitted, (await world.StandingAsync(place.WaitlistedId)).Application);
    }

    [Fact]
    public async Task APendingApplicationIsWithdrawnWithoutAReason()
    {
        var place = await world.PlaceAsync(ApplicationStatus.Submitted);
        var confirm = await place.Trainee.GetHtmlAsync(Page(place));
        Assert.Contains("Reason (optional)", confirm, StringComparison.Ordinal);

        using var response = await WithdrawAsync(place.Trainee, place);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((ApplicationStatus.Withdrawn, (EnrolmentStatus?)null, (string?)null), await world.StandingAsync(place.ApplicationId));
        // Done once; a second post finds nothing left to withdraw.
        using var again = await WithdrawAsync(place.Trainee, place);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task AWithdrawalAfterTheSessionStartedIsRefusedWithAClearMessage()
    {
        var place = await world.PlaceAsync(ApplicationStatus.Admitted, startsInDays: -1);
        Assert.DoesNotContain("/withdraw\"", await place.Trainee.GetHtmlAsync("/en/my"), StringComparison.Ordinal);
        var confirm = WebUtility.HtmlDecode(await place.Trainee.GetHtmlAsync(Page(place)));
        Assert.Contains($"Session {place.SessionNumber} began on", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Reason\"", confirm, StringComparison.Ordinal);

        using var response = await WithdrawAsync(place.Trainee, place, "Too late");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("you can no longer withdraw from it here", await SessionsPortal.TextAsync(response), StringComparison.Ordinal);
        Assert.Equal((ApplicationStatus.Admitted, EnrolmentStatus.Enrolled, (string?)null), await world.StandingAsync(place.ApplicationId));
    }

    [Fact]
    public async Task AnotherTraineeCannotWithdrawSomeoneElsesPlace()
    {
        var place = await world.PlaceAsync(ApplicationStatus.Admitted);
        var other = await world.PlaceAsync(ApplicationStatus.Submitted);

        using var page = await other.Trainee.GetAsync(Page(place));
        using var response = await WithdrawAsync(other.Trainee, place);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal((ApplicationStatus.Admitted, EnrolmentStatus.Enrolled, (string?)null), await world.StandingAsync(place.ApplicationId));
    }

    [Fact]
    public async Task AWithdrawalWithoutTheFormsTokenIsRefused()
    {
        var place = await world.PlaceAsync(ApplicationStatus.Admitted);

        using var response = await place.Trainee.PostAsync(Page(place), new Dictionary<string, string> { ["Reason"] = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApplicationStatus.Admitted, (await world.StandingAsync(place.ApplicationId)).Application);
    }

    [Fact]
    public async Task TheReasonIsInThePersonsDownloadAndErasureRemovesIt()
    {
        var place = await world.PlaceAsync(ApplicationStatus.Admitted);
        using (var withdrawn = await WithdrawAsync(place.Trainee, place, "A new job in Hanoi.")) Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        using var download = await place.Trainee.SubmitAsync("/en/account/personal-data", new Dictionary<string, string>(), "/en/account/personal-data?handler=Download");
        using var document = System.Text.Json.JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var training = document.RootElement.GetProperty("training");
        Assert.Equal("A new job in Hanoi.", training.GetProperty("applications")[0].GetProperty("withdrawalReason").GetString());
        Assert.Equal("A new job in Hanoi.", training.GetProperty("enrolments")[0].GetProperty("withdrawalReason").GetString());
        using var erased = await place.Trainee.SubmitAsync("/en/account/personal-data", new Dictionary<string, string> { ["Password"] = AccountsPortal.Password },
            "/en/account/personal-data?handler=Erase");

        Assert.Equal((ApplicationStatus.Withdrawn, EnrolmentStatus.Withdrawn, (string?)null), await world.StandingAsync(place.ApplicationId));
        Assert.Null(await world.EnrolmentReasonAsync(place.ApplicationId));
    }

    [Theory]
    [InlineData("zh", "退出研修班")]
    [InlineData("fr", "Se désister d'une session")]
    [InlineData("ru", "Отказ от участия в наборе")]
    [InlineData("es", "Retirarse de una edición")]
    [InlineData("ar", "الانسحاب من دورة")]
    public async Task TheConfirmationSpeaksTheTraineesLanguage(string culture, string title)
    {
        var place = await world.PlaceAsync(ApplicationStatus.Admitted);

        var html = WebUtility.HtmlDecode(await place.Trainee.GetHtmlAsync(Page(place, culture)));

        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"lang=\"{culture}\" dir=\"{(culture == "ar" ? "rtl" : "ltr")}\"", html, StringComparison.Ordinal);
    }
}
