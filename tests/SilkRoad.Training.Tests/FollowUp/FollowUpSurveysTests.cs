using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Tests.Sessions;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.FollowUp;

public sealed class FollowUpSurveysTests
{
    private static readonly Actor Manager = Actor.Of(SmallSession.ManagerId, TrainingRoles.ProgrammeManager);
    private static readonly Actor Alumnus = Actor.Of("alumnus-1", TrainingRoles.Trainee);
    private static readonly FixedTime Later = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private static FollowUpInput Yes(string? comment = null) =>
        new() { StillInField = true, AppliedLearning = true, Promoted = false, WouldRecommend = true, Comment = comment };

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ACompleterAnswersOnceAndStaffReadYesCountsAndComments(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts);
        var completed = await session.EnrolAsync(store.Contexts, "Somchai Demo");
        await session.EnrolAsync(store.Contexts, "Not Yet Done");
        await using (var context = store.Contexts.Create())
        {
            await context.Enrolments.Where(e => e.Id == completed).ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, EnrolmentStatus.Completed));
            var traineeId = await context.Enrolments.Where(e => e.Id == completed).Select(e => e.TraineeId).SingleAsync();
            await context.Trainees.Where(t => t.Id == traineeId).ExecuteUpdateAsync(t => t.SetProperty(x => x.UserId, Alumnus.UserId));
        }
        var surveys = new FollowUpSurveys(store.Contexts, Later);

        var before = await surveys.SubmitAsync(Alumnus, session.SessionId, Yes(), CancellationToken.None);
        var opening = await surveys.OpenAsync(Manager, session.SessionId, wholeProgramme: false, CancellationToken.None);
        var invitations = await surveys.InvitationsAsync(Alumnus, "en", CancellationToken.None);
        var invalid = await surveys.SubmitAsync(Alumnus, session.SessionId, new FollowUpInput { StillInField = true }, CancellationToken.None);
        var saved = await surveys.SubmitAsync(Alumnus, session.SessionId, Yes("  Now leading a grid project  "), CancellationToken.None);
        var again = await surveys.SubmitAsync(Alumnus, session.SessionId, Yes(), CancellationToken.None);
        await using var read = store.Contexts.Create();
        var summary = await FollowUpSurveys.SummaryAsync(read, session.SessionId, CancellationToken.None);

        Assert.Equal(SurveyOutcome.NotFound, before);
        Assert.Equal(new FollowUpOpening(FollowUpOpenOutcome.Opened, 1), opening);
        Assert.Equal([session.SessionId], invitations.Select(i => i.SessionId));
        Assert.Equal(SurveyOutcome.Invalid, invalid);
        Assert.Equal(SurveyOutcome.Saved, saved);
        Assert.Equal(SurveyOutcome.AlreadyAnswered, again);
        Assert.Equal(1, summary.Completers); // the other is still enrolled
        Assert.Equal(1, summary.Responses);
        Assert.Equal(1, summary.Yes[FollowUpQuestion.WouldRecommend]);
        Assert.Equal(0.0, summary.YesPercent(FollowUpQuestion.Promoted));
        Assert.Equal(["Now leading a grid project"], summary.Comments);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ASessionNotYetEndedOrNotManagedCannotBeOpened(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts);
        var during = new FollowUpSurveys(store.Contexts, new FixedTime(new DateTimeOffset(2026, 9, 2, 9, 0, 0, TimeSpan.Zero)));
        var stranger = Actor.Of("other-manager", TrainingRoles.ProgrammeManager);

        Assert.Equal(FollowUpOpenOutcome.NotEnded, (await during.OpenAsync(Manager, session.SessionId, false, CancellationToken.None)).Outcome);
        Assert.Equal(FollowUpOpenOutcome.NotFound, (await new FollowUpSurveys(store.Contexts, Later).OpenAsync(stranger, session.SessionId, true, CancellationToken.None)).Outcome);
        await using var context = store.Contexts.Create();
        Assert.False(await context.FollowUpSurveys.AnyAsync());
    }
}
