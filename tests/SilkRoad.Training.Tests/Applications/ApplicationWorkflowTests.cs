using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Applications;

public sealed class ApplicationWorkflowTests
{
    private static readonly Actor Manager = Actor.Of("manager-1", TrainingRoles.ProgrammeManager);

    // Countries no demo trainee comes from.
    private static readonly string[] FarAway = ["US", "CA", "AU", "NZ"];

    private static async Task<TrainingTestStore> SeededAsync(StorageProvider provider)
    {
        var store = await TrainingTestStore.CreateSeededAsync(provider);
        await store.AssignManagerToAllProgrammesAsync(Manager.UserId);
        return store;
    }

    private static async Task<Session> OpenSessionAsync(TrainingTestStore store)
    {
        await using var context = store.Contexts.Create();
        return await context.Sessions.AsNoTracking().Include(s => s.TargetCountries)
            .Where(s => s.StartsOn > TrainingDemoGenerator.Today).OrderBy(s => s.Number).FirstAsync();
    }

    private static ApplicationForm Form(Session session, string email, string country) => new()
    {
        SessionNumber = session.Number,
        NativeName = "Тест Заявитель",
        LatinName = "Test Applicant " + email.Split('@')[0],
        BirthDate = "1991-02-03",
        Country = country,
        Institution = "Demo Institute",
        Discipline = "Civil engineering",
        Email = email,
    };

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AnApplicationToAnOpenCallIsStoredAndTheSamePersonIsFoundAgainByEmail(StorageProvider provider)
    {
        await using var store = await SeededAsync(provider);
        var session = await OpenSessionAsync(store);
        var submitter = new ApplicationSubmitter(store.Contexts, FixedTime.DemoToday);
        var country = session.TargetCountries[0].CountryCode;

        var first = await submitter.SubmitAsync(Form(session, "applicant@example.org", country), CancellationToken.None);
        var again = await submitter.SubmitAsync(Form(session, "APPLICANT@example.org", country), CancellationToken.None);

        Assert.True(first.Accepted, string.Join(", ", first.Problems));
        Assert.Equal([new ApplicationProblem(ApplicationField.Session, ApplicationProblemCode.AlreadyApplied)], again.Problems);
        await using var context = store.Contexts.Create();
        Assert.Equal(1, await context.Trainees.CountAsync(t => t.EmailKey == "applicant@example.org"));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AClosedCallRefusesAndStoresNothing(StorageProvider provider)
    {
        await using var store = await SeededAsync(provider);
        var session = await OpenSessionAsync(store);
        var afterDeadline = new FixedTime(new DateTimeOffset(session.ApplicationDeadline!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        await using var before = store.Contexts.Create();
        var trainees = await before.Trainees.CountAsync();

        var result = await new ApplicationSubmitter(store.Contexts, afterDeadline)
            .SubmitAsync(Form(session, "late@example.org", session.TargetCountries[0].CountryCode), CancellationToken.None);

        Assert.False(result.Accepted);
        Assert.Equal(new ApplicationProblem(ApplicationField.Session, ApplicationProblemCode.CallClosed), result.Problems[0]);
        await using var after = store.Contexts.Create();
        Assert.Equal(trainees, await after.Trainees.CountAsync());
    }

    [Fact]
    public async Task ACountryTheSessionIsNotForIsRefusedWithTheOtherProblems()
    {
        await using var store = await SeededAsync(StorageProvider.Sqlite);
        var session = await OpenSessionAsync(store);
        var outside = FarAway.First(c => session.TargetCountries.All(t => t.CountryCode != c));
        var form = Form(session, "bad-email", outside);

        var result = await new ApplicationSubmitter(store.Contexts, FixedTime.DemoToday).SubmitAsync(form, CancellationToken.None);

        Assert.Equal(
            [new ApplicationProblem(ApplicationField.Email, ApplicationProblemCode.InvalidEmail),
             new ApplicationProblem(ApplicationField.Country, ApplicationProblemCode.CountryNotEligible)],
            result.Problems);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task TwoAdmissionsAtOnceForTheLastPlaceAdmitOnlyOne(StorageProvider provider)
    {
        await using var store = await SeededAsync(provider);
        var session = await OpenSessionAsync(store);
        var submitter = new ApplicationSubmitter(store.Contexts, FixedTime.DemoToday);
        var country = session.TargetCountries[0].CountryCode;
        var ids = new List<int>();
        for (var i = 0; i < 6; i++)
            ids.Add((await submitter.SubmitAsync(Form(session, $"racer{i}@example.org", country), CancellationToken.None)).ApplicationId!.Value);
        await using (var context = store.Contexts.Create())
        {
            // One place left: the session takes five, and five were enrolled before.
            await context.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 1));
        }
        var admissions = new Admissions(store.Contexts, FixedTime.DemoToday);

        for (var round = 0; round < 3; round++)
        {
            await using var reset = store.Contexts.Create();
            await reset.Enrolments.Where(e => e.SessionId == session.Id).ExecuteDeleteAsync();
            await reset.Applications.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, ApplicationStatus.Submitted));
            var pair = ids.Skip(round * 2).Take(2).ToList();

            var outcomes = await Task.WhenAll(pair.Select(id => Task.Run(() => admissions.AdmitAsync(Manager, id, CancellationToken.None))));

            Assert.Equal([AdmissionOutcome.Admitted, AdmissionOutcome.SessionFull], outcomes.Order());
            Assert.Equal(1, await reset.Enrolments.CountAsync(e => e.SessionId == session.Id));
        }
    }

    [Fact]
    public async Task OnlyManagersAdmit()
    {
        await using var store = await SeededAsync(StorageProvider.Sqlite);

        await Assert.ThrowsAsync<TrainingAccessDeniedException>(() =>
            new Admissions(store.Contexts, FixedTime.DemoToday).AdmitAsync(Actor.Of("r", TrainingRoles.Reviewer), 1, CancellationToken.None));
    }
}
