using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Invitations;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Tests.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Tests.Decisions;

/// <summary>Decisions, reviews, invitation letters and "my record" on the demo base, once per provider.</summary>
public sealed class AdmissionWorkflowTests(SeededStores stores) : IClassFixture<SeededStores>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] PortalLanguages = ["zh", "en", "fr", "ru", "es", "ar"];

    // The programme of the nth upcoming session with pending applications, made this manager's; and those applications.
    private static async Task<(Actor Manager, List<int> Pending)> ManagedPendingAsync(TrainingTestStore store, int skip, string manager)
    {
        await using var context = store.Contexts.Create();
        var session = await context.Sessions.Where(s => context.Applications.Count(a => a.SessionId == s.Id && a.Status == ApplicationStatus.Submitted) >= 3)
            .OrderBy(s => s.Number).Skip(skip).FirstAsync();
        context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = session.ProgrammeId, UserId = manager });
        await context.SaveChangesAsync();
        var pending = await context.Applications.Where(a => a.SessionId == session.Id && a.Status == ApplicationStatus.Submitted)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        return (Actor.Of(manager, TrainingRoles.ProgrammeManager), pending);
    }

    private static ApplicationDecisions Decisions(TrainingTestStore store) =>
        new(store.Contexts, new Admissions(store.Contexts, TimeProvider.System));

    private static async Task<ApplicationStatus> StatusAsync(TrainingTestStore store, int id)
    {
        await using var context = store.Contexts.Create();
        return await context.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ADecidedApplicationIsNotDecidedAgainButAWaitlistedOneCanStillBeAdmitted(StorageProvider provider)
    {
        var store = stores[provider];
        var (manager, pending) = await ManagedPendingAsync(store, 0, "pm-decide");
        var decisions = Decisions(store);

        var waitlisted = await decisions.DecideAsync(manager, pending[0], ApplicationDecision.Waitlist, None);
        var rejectWaitlisted = await decisions.DecideAsync(manager, pending[0], ApplicationDecision.Reject, None);
        var rejected = await decisions.DecideAsync(manager, pending[1], ApplicationDecision.Reject, None);
        var admitRejected = await decisions.DecideAsync(manager, pending[1], ApplicationDecision.Admit, None);
        var admitWaitlisted = await decisions.DecideAsync(manager, pending[0], ApplicationDecision.Admit, None);
        var waitlistAdmitted = await decisions.DecideAsync(manager, pending[0], ApplicationDecision.Waitlist, None);

        Assert.Equal(DecisionOutcome.Decided, waitlisted.Outcome);
        Assert.Equal(ApplicationStatus.Waitlisted, waitlisted.Notice?.Status);
        Assert.Equal(DecisionOutcome.AlreadyDecided, rejectWaitlisted.Outcome);
        Assert.Null(rejectWaitlisted.Notice);
        Assert.Equal(DecisionOutcome.Decided, rejected.Outcome);
        Assert.Equal(DecisionOutcome.AlreadyDecided, admitRejected.Outcome);
        Assert.Equal(DecisionOutcome.Decided, admitWaitlisted.Outcome);
        Assert.Equal(ApplicationStatus.Admitted, admitWaitlisted.Notice?.Status);
        Assert.Equal(DecisionOutcome.AlreadyDecided, waitlistAdmitted.Outcome);
        Assert.Equal(ApplicationStatus.Admitted, await StatusAsync(store, pending[0]));
        Assert.Equal(ApplicationStatus.Rejected, await StatusAsync(store, pending[1]));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AManagerCannotSeeOrDecideTheApplicationsOfAProgrammeNotAssignedToThem(StorageProvider provider)
    {
        var store = stores[provider];
        var (_, foreign) = await ManagedPendingAsync(store, 1, "pm-owner");
        var stranger = Actor.Of("pm-stranger", TrainingRoles.ProgrammeManager);
        var desk = new ManagerDesk(store.Contexts, TimeProvider.System);

        foreach (var decision in Enum.GetValues<ApplicationDecision>())
            Assert.Equal(DecisionOutcome.ApplicationNotFound, (await Decisions(store).DecideAsync(stranger, foreign[0], decision, None)).Outcome);
        Assert.Null(await desk.ApplicationAsync(stranger, foreign[0], "en", None));
        Assert.False(await desk.AssignReviewerAsync(stranger, foreign[0], "reviewer-x", None));
        Assert.Empty(await desk.SessionsAsync(stranger, "en", None));
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync(store, foreign[0]));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task TheNoticeOfADecisionIsInTheLanguageTheApplicantAppliedIn(StorageProvider provider)
    {
        var store = stores[provider];
        var (manager, pending) = await ManagedPendingAsync(store, 2, "pm-notice");
        await using var context = store.Contexts.Create();
        await context.Applications.Where(a => a.Id == pending[0]).ExecuteUpdateAsync(a => a.SetProperty(x => x.Language, "ar"));

        var result = await Decisions(store).DecideAsync(manager, pending[0], ApplicationDecision.Reject, None);

        Assert.Equal("ar", result.Notice?.Language);
        Assert.EndsWith("@example.org", result.Notice?.Email, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result.Notice?.ProgrammeTitle));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AReviewerScoresOnlyTheirAssignmentsAndTheApplicationGetsTheMeanScore(StorageProvider provider)
    {
        var store = stores[provider];
        var (manager, pending) = await ManagedPendingAsync(store, 3, "pm-reviews");
        var desk = new ManagerDesk(store.Contexts, TimeProvider.System);
        var reviews = new ReviewAssignments(store.Contexts, TimeProvider.System);
        var first = Actor.Of("reviewer-a", TrainingRoles.Reviewer);
        var second = Actor.Of("reviewer-b", TrainingRoles.Reviewer);
        Assert.True(await desk.AssignReviewerAsync(manager, pending[0], first.UserId, None));
        Assert.True(await desk.AssignReviewerAsync(manager, pending[0], second.UserId, None));

        var refused = await reviews.ScoreAsync(first, pending[0], "101", new string('x', ReviewAssignments.MaxCommentLength + 1), None);
        var empty = await reviews.ScoreAsync(first, pending[0], " ", null, None);
        var notAssigned = await reviews.ScoreAsync(first, pending[1], "50", null, None);
        var scoredA = await reviews.ScoreAsync(first, pending[0], "70", "Clear plan.", None);
        var scoredB = await reviews.ScoreAsync(second, pending[0], "81", null, None);

        Assert.Equal([new ReviewProblem(ReviewField.Score, ReviewProblemCode.NotAScore), new ReviewProblem(ReviewField.Comment, ReviewProblemCode.TooLong)], refused);
        Assert.Equal([new ReviewProblem(ReviewField.Score, ReviewProblemCode.Required)], empty);
        Assert.Null(notAssigned);
        Assert.Empty(scoredA!);
        Assert.Empty(scoredB!);
        var queue = await reviews.ListAsync(first, "en", None);
        Assert.Equal([pending[0]], queue.Select(a => a.ApplicationId));
        Assert.Equal((70, "Clear plan."), (queue[0].Score, queue[0].Comment));
        var detail = await desk.ApplicationAsync(manager, pending[0], "en", None);
        Assert.Equal(75.5, detail?.Summary.MeanScore);
        await using var context = store.Contexts.Create();
        Assert.Equal(76, await context.Applications.Where(a => a.Id == pending[0]).Select(a => a.Score).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AnAccountIsLinkedToTheRecordWithItsAddressOnceAndTheLetterIsOnlyItsOwn(StorageProvider provider)
    {
        var store = stores[provider];
        var (manager, pending) = await ManagedPendingAsync(store, 4, "pm-letters");
        Assert.Equal(DecisionOutcome.Decided, (await Decisions(store).DecideAsync(manager, pending[0], ApplicationDecision.Admit, None)).Outcome);
        await using var context = store.Contexts.Create();
        var email = await context.Applications.Where(a => a.Id == pending[0])
            .Join(context.Trainees, a => a.TraineeId, t => t.Id, (a, t) => t.Email).SingleAsync();
        var records = new TraineeRecords(store.Contexts);
        var letters = new InvitationLetters(store.Contexts);
        var owner = Actor.Of("trainee-owner", TrainingRoles.Trainee);

        var linked = await records.LinkAsync(owner.UserId, email!.ToUpperInvariant(), None);
        var second = await records.LinkAsync("trainee-second", email, None);
        var record = await records.RecordAsync(owner, "en", None);

        Assert.True(linked);
        Assert.False(second);
        Assert.Contains(record!.Applications, a => a.Id == pending[0] && a.Status == ApplicationStatus.Admitted);
        var letter = await letters.FindAsync(owner, pending[0], None);
        Assert.NotNull(letter);
        Assert.NotNull(await letters.FindAsync(manager, pending[0], None));
        Assert.Null(await letters.FindAsync(Actor.Of("trainee-second", TrainingRoles.Trainee), pending[0], None));
        Assert.Null(await letters.FindAsync(Actor.Of("reviewer-a", TrainingRoles.Reviewer), pending[0], None));
        // Not admitted: no letter, even for the manager.
        Assert.Null(await letters.FindAsync(manager, pending[1], None));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task TwoManagersDecidingOneApplicationAtOnceCannotBothWin(StorageProvider provider)
    {
        var store = stores[provider];
        var (manager, pending) = await ManagedPendingAsync(store, 5, "pm-race");
        await using (var context = store.Contexts.Create())
        {
            var programmeId = await context.Applications.Where(a => a.Id == pending[0])
                .Join(context.Sessions, a => a.SessionId, s => s.Id, (a, s) => s.ProgrammeId).SingleAsync();
            context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = programmeId, UserId = "pm-race-2" });
            await context.SaveChangesAsync();
        }
        var second = Actor.Of("pm-race-2", TrainingRoles.ProgrammeManager);

        for (var i = 0; i < 3; i++)
        {
            var decided = await Task.WhenAll(
                Task.Run(() => Decisions(store).DecideAsync(manager, pending[i], ApplicationDecision.Admit, None)),
                Task.Run(() => Decisions(store).DecideAsync(second, pending[i], ApplicationDecision.Reject, None)));
            Assert.Single(decided, d => d.Outcome == DecisionOutcome.Decided);
            Assert.Single(decided, d => d.Outcome == DecisionOutcome.AlreadyDecided);
            var winner = decided.Single(d => d.Outcome == DecisionOutcome.Decided).Notice!.Status;
            Assert.Equal(winner, await StatusAsync(store, pending[i]));
            await using var context = store.Contexts.Create();
            Assert.Equal(winner == ApplicationStatus.Admitted ? 1 : 0,
                await context.Enrolments.CountAsync(e => context.Applications.Any(a => a.Id == pending[i] && a.SessionId == e.SessionId && a.TraineeId == e.TraineeId)));
        }
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task TheDeskListsTheSessionsToComeFirstThenTheLatestRunAndCountsWhatWaits(StorageProvider provider)
    {
        var store = stores[provider];
        var (manager, pending) = await ManagedPendingAsync(store, 6, "pm-order");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var sessions = await new ManagerDesk(store.Contexts, TimeProvider.System).SessionsAsync(manager, "zh", None);

        Assert.True(sessions.Count > 2);
        var upcoming = sessions.TakeWhile(s => s.StartsOn >= today).ToList();
        var past = sessions.Skip(upcoming.Count).ToList();
        Assert.NotEmpty(upcoming);
        Assert.All(past, s => Assert.True(s.StartsOn < today));
        Assert.Equal(upcoming.OrderBy(s => s.StartsOn).Select(s => s.Number), upcoming.Select(s => s.Number));
        Assert.Equal(past.OrderByDescending(s => s.StartsOn).Select(s => s.Number), past.Select(s => s.Number));
        Assert.Equal(pending.Count, upcoming.Sum(s => s.Applications.GetValueOrDefault(ApplicationStatus.Submitted)));
        Assert.All(sessions, s => Assert.DoesNotContain(s.ProgrammeTitle, c => c is >= 'a' and <= 'z'));
    }

    [Fact]
    public void TheDemoBaseHasApplicationsAwaitingDecisionOnEveryOpenCall()
    {
        var data = stores.Expected;

        var upcoming = data.Sessions.Where(s => s.StartsOn > Training.DemoData.TrainingDemoGenerator.Today).ToList();
        var pending = data.Applications.Where(a => a.Status == ApplicationStatus.Submitted).ToList();

        Assert.NotEmpty(upcoming);
        Assert.All(upcoming, s => Assert.True(pending.Count(a => a.SessionId == s.Id) >= 3, $"session {s.Number}"));
        Assert.All(pending, a => Assert.Contains(a.SessionId, upcoming.Select(s => s.Id)));
        Assert.All(pending, a => Assert.Contains(a.Language, PortalLanguages));
        Assert.Contains(pending, a => a.NominatedByPartnerId is not null);
    }
}
