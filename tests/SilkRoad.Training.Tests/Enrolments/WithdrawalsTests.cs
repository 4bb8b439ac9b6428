using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Tests.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Tests.Enrolments;

/// <summary>A trainee's withdrawal on each provider: their own only, before the start only, and one winner against a manager's decision.</summary>
public sealed class WithdrawalsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Start = new(2027, 3, 1);
    private static readonly FixedTime BeforeStart = new(new DateTimeOffset(2027, 2, 28, 23, 0, 0, TimeSpan.Zero));
    private static readonly Actor Manager = Actor.Of("pm", TrainingRoles.ProgrammeManager);

    private static Actor TraineeNumber(int i) => Actor.Of("trainee" + i, TrainingRoles.Trainee);

    // A session starting on Start, managed by Manager, with one application per trainee (the first admitted and enrolled).
    private static async Task<(int SessionId, List<int> Applications)> SessionAsync(TrainingTestStore store, int trainees)
    {
        await using var context = store.Contexts.Create();
        var topic = new Topic { Code = "t", Texts = [new LocalizedTitle { Language = "en", Title = "Energy" }] };
        context.Topics.Add(topic);
        await context.SaveChangesAsync();
        var programme = new Programme { TopicId = topic.Id, Code = "p", Texts = [new LocalizedTitle { Language = "en", Title = "Smart Grids" }] };
        context.Programmes.Add(programme);
        await context.SaveChangesAsync();
        var session = new Session
        {
            ProgrammeId = programme.Id,
            Number = 1,
            StartsOn = Start,
            EndsOn = Start.AddDays(10),
            Mode = SessionMode.OnSite,
            Venue = "Xi'an",
            InstructionLanguage = "en",
            Capacity = 1,
        };
        context.Sessions.Add(session);
        context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = programme.Id, UserId = Manager.UserId });
        await context.SaveChangesAsync();
        var applications = new List<int>();
        for (var i = 0; i < trainees; i++)
        {
            var trainee = new Trainee { NativeName = $"Trainee {i}", LatinName = $"Trainee {i}", CountryCode = "TH", UserId = TraineeNumber(i).UserId };
            context.Trainees.Add(trainee);
            await context.SaveChangesAsync();
            var application = new TrainingApplication
            {
                SessionId = session.Id,
                TraineeId = trainee.Id,
                SubmittedAt = DateTime.UtcNow,
                Status = i == 0 ? ApplicationStatus.Admitted : ApplicationStatus.Submitted,
            };
            context.Applications.Add(application);
            if (i == 0) context.Enrolments.Add(new Enrolment { SessionId = session.Id, TraineeId = trainee.Id, EnrolledAt = DateTime.UtcNow });
            await context.SaveChangesAsync();
            applications.Add(application.Id);
        }
        return (session.Id, applications);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AnAdmittedTraineeGivesUpApplicationAndPlaceWithTheirReason(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var (sessionId, applications) = await SessionAsync(store, 1);
        var withdrawals = new Withdrawals(store.Contexts, BeforeStart);

        var view = await withdrawals.FindAsync(TraineeNumber(0), sessionId, "en", None);
        var outcome = await withdrawals.WithdrawAsync(TraineeNumber(0), sessionId, "  " + new string('x', 1200) + "  ", None);
        var after = await withdrawals.FindAsync(TraineeNumber(0), sessionId, "en", None);

        Assert.True(view?.CanWithdraw);
        Assert.Equal(WithdrawalOutcome.Withdrawn, outcome);
        Assert.Equal(WithdrawalOutcome.NothingToWithdraw, after?.Refusal);
        await using var context = store.Contexts.Create();
        var application = await context.Applications.SingleAsync(a => a.Id == applications[0]);
        var enrolment = await context.Enrolments.SingleAsync(e => e.SessionId == sessionId);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(EnrolmentStatus.Withdrawn, enrolment.Status);
        Assert.Equal(new string('x', Withdrawals.MaxReasonLength), application.WithdrawalReason);
        Assert.Equal(BeforeStart.GetUtcNow().UtcDateTime, enrolment.WithdrawnAt);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task OnTheFirstDayItIsTooLateAndNobodyElseCanWithdrawIt(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var (sessionId, applications) = await SessionAsync(store, 2);
        var firstDay = new Withdrawals(store.Contexts, new FixedTime(new DateTimeOffset(Start.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero)));
        var before = new Withdrawals(store.Contexts, BeforeStart);

        Assert.Equal(WithdrawalOutcome.SessionStarted, await firstDay.WithdrawAsync(TraineeNumber(0), sessionId, null, None));
        Assert.Equal(WithdrawalOutcome.NotFound, await before.WithdrawAsync(Actor.Of("stranger", TrainingRoles.Trainee), sessionId, null, None));
        // A manager who is also a trainee withdraws only their own record, not the applications they manage.
        Assert.Equal(WithdrawalOutcome.NotFound, await before.WithdrawAsync(Actor.Of("pm", TrainingRoles.ProgrammeManager, TrainingRoles.Trainee), sessionId, null, None));
        Assert.Null(await before.FindAsync(Actor.Of("stranger", TrainingRoles.Trainee), sessionId, "en", None));
        await using var context = store.Contexts.Create();
        Assert.Equal([ApplicationStatus.Admitted, ApplicationStatus.Submitted],
            await context.Applications.Where(a => applications.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Status).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AWithdrawalAndARejectionAtTheSameMomentLeaveOneWinner(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var (sessionId, applications) = await SessionAsync(store, 6);
        var withdrawals = new Withdrawals(store.Contexts, BeforeStart);
        var decisions = new ApplicationDecisions(store.Contexts, new Admissions(store.Contexts, BeforeStart));

        for (var i = 1; i < applications.Count; i++)
        {
            var trainee = TraineeNumber(i);
            var withdrawal = Task.Run(() => withdrawals.WithdrawAsync(trainee, sessionId, null, None));
            var decision = Task.Run(() => decisions.DecideAsync(Manager, applications[i], ApplicationDecision.Reject, None));
            var (withdrawn, decided) = (await withdrawal, (await decision).Outcome);

            await using var context = store.Contexts.Create();
            var status = await context.Applications.Where(a => a.Id == applications[i]).Select(a => a.Status).SingleAsync();
            // Whoever came second found the application settled: the rejection told nobody of a decision that did not stand.
            Assert.True(withdrawn == WithdrawalOutcome.Withdrawn ^ decided == DecisionOutcome.Decided, $"{withdrawn} and {decided}");
            Assert.Equal(withdrawn == WithdrawalOutcome.Withdrawn ? ApplicationStatus.Withdrawn : ApplicationStatus.Rejected, status);
        }
    }
}
