using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Attendance;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Sessions;

public sealed class AttendanceAndCompletionTests
{
    private static readonly Actor Manager = Actor.Of(SmallSession.ManagerId, TrainingRoles.ProgrammeManager);
    private static readonly Actor Instructor = Actor.Of(SmallSession.InstructorId, TrainingRoles.Instructor);

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AnInstructorTicksAListAndEachTraineesRateIsCountedFromIt(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts);
        var anna = await session.EnrolAsync(store.Contexts, "Anna Lee");
        var boris = await session.EnrolAsync(store.Contexts, "Boris Kim");
        var register = new AttendanceRegister(store.Contexts);

        Assert.True(await register.MarkAsync(Instructor, session.SessionId, session.ScheduleItemIds[0], [anna, boris], CancellationToken.None));
        Assert.True(await register.MarkAsync(Instructor, session.SessionId, session.ScheduleItemIds[1], [anna], CancellationToken.None));
        // Marked again: the second post is the list as it now stands.
        Assert.True(await register.MarkAsync(Manager, session.SessionId, session.ScheduleItemIds[0], [anna], CancellationToken.None));
        var sheet = await register.SheetAsync(Instructor, session.SessionId, session.ScheduleItemIds[0], CancellationToken.None);

        Assert.Equal([("Anna Lee", true), ("Boris Kim", false)], sheet!.Lines.Select(l => (l.LatinName, l.Present)));
        await using var context = store.Contexts.Create();
        var progress = await SessionProgressReader.ReadAsync(context, session.SessionId, CancellationToken.None);
        Assert.Equal([2, 0], progress.Select(p => p.Attended));
        Assert.Equal(200.0 / 3, progress[0].AttendancePercent!.Value, 6);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task NobodyOutsideTheSessionMarksAttendanceOrSeesTheList(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts);
        var anna = await session.EnrolAsync(store.Contexts, "Anna Lee");
        var other = await SmallSession.CreateAsync(store.Contexts, number: 902);
        var register = new AttendanceRegister(store.Contexts);

        var stranger = await register.MarkAsync(Actor.Of("someone", TrainingRoles.Instructor), session.SessionId, session.ScheduleItemIds[0], [anna], CancellationToken.None);
        var trainee = await register.SheetAsync(Actor.Of(SmallSession.InstructorId, TrainingRoles.Trainee), session.SessionId, session.ScheduleItemIds[0], CancellationToken.None);
        // An item of another session, named under this one.
        var wrongItem = await register.MarkAsync(Instructor, session.SessionId, other.ScheduleItemIds[0], [anna], CancellationToken.None);

        Assert.False(stranger);
        Assert.Null(trainee);
        Assert.False(wrongItem);
        await using var context = store.Contexts.Create();
        Assert.Equal(0, await context.Attendance.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task OnlineAViewedMaterialOfAScheduleItemCountsAsAttendingIt(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts, mode: SessionMode.Online);
        var anna = await session.EnrolAsync(store.Contexts, "Anna Lee");
        await using var context = store.Contexts.Create();
        var material = new CourseMaterial { SessionId = session.SessionId, ScheduleItemId = session.ScheduleItemIds[2], VideoUrl = "https://video.example.org/1" };
        context.CourseMaterials.Add(material);
        await context.SaveChangesAsync();
        context.MaterialViews.Add(new MaterialView { EnrolmentId = anna, MaterialId = material.Id, FirstViewedAt = DateTime.UtcNow });
        await context.SaveChangesAsync();

        var progress = Assert.Single(await SessionProgressReader.ReadAsync(context, session.SessionId, CancellationToken.None));

        Assert.Equal((1, 3, 1, 1), (progress.Attended, progress.ScheduleItems, progress.MaterialsSeen, progress.Materials));
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task TheCompletionRuleCompletesThoseWhoMeetItAndCertificatesFollowForThemOnly(StorageProvider provider)
    {
        await using var store = await TrainingTestStore.CreateAsync(provider);
        var session = await SmallSession.CreateAsync(store.Contexts);
        var anna = await session.EnrolAsync(store.Contexts, "Anna Lee");
        var boris = await session.EnrolAsync(store.Contexts, "Boris Kim");
        var register = new AttendanceRegister(store.Contexts);
        await register.MarkAsync(Instructor, session.SessionId, session.ScheduleItemIds[0], [anna, boris], CancellationToken.None);
        await register.MarkAsync(Instructor, session.SessionId, session.ScheduleItemIds[1], [anna], CancellationToken.None);
        var completion = new SessionCompletion(store.Contexts);
        var issuer = new CertificateIssuer(store.Contexts, FixedTime.DemoToday);

        var byInstructor = await completion.ApplyAsync(Instructor, session.SessionId, new CompletionRule(60, null), CancellationToken.None);
        var applied = await completion.ApplyAsync(Manager, session.SessionId, new CompletionRule(60, null), CancellationToken.None);
        var issued = await issuer.IssueForSessionAsync(Manager, session.SessionId, CancellationToken.None);

        Assert.False(byInstructor.Found);
        Assert.Equal(new CompletionResult(true, 1, 0, 1), applied);
        Assert.Equal(1, issued);
        await using var context = store.Contexts.Create();
        Assert.Equal([(anna, EnrolmentStatus.Completed), (boris, EnrolmentStatus.Enrolled)],
            (await context.Enrolments.OrderBy(e => e.Id).ToListAsync()).Select(e => (e.Id, e.Status)));
        Assert.Equal(anna, await context.Certificates.Select(c => c.EnrolmentId).SingleAsync());
        var rule = await context.Sessions.SingleAsync(s => s.Id == session.SessionId);
        Assert.Equal((60, (int?)null), (rule.CompletionMinAttendancePercent, rule.CompletionMinQuizPercent));
    }
}
