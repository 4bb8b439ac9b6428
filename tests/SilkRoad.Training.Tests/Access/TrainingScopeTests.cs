using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Partners;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Access;

public sealed class TrainingScopeTests(SeededStores stores) : IClassFixture<SeededStores>
{
    private static async Task<int> ProgrammeWithSessionsAsync(TrainingTestStore store, int skip)
    {
        await using var context = store.Contexts.Create();
        return await context.Sessions.GroupBy(s => s.ProgrammeId).Where(g => g.Count() > 1)
            .OrderBy(g => g.Key).Select(g => g.Key).Skip(skip).FirstAsync();
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AProgrammeManagerSeesTheSessionsOfTheirProgrammesAndNoOthers(StorageProvider provider)
    {
        var store = stores[provider];
        var programmeId = await ProgrammeWithSessionsAsync(store, 0);
        await using var context = store.Contexts.Create();
        context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = programmeId, UserId = "pm-scope-1" });
        await context.SaveChangesAsync();

        var seen = await TrainingScope.ManagedSessions(context, Actor.Of("pm-scope-1", TrainingRoles.ProgrammeManager)).Select(s => s.Id).OrderBy(id => id).ToListAsync();
        var expected = await context.Sessions.Where(s => s.ProgrammeId == programmeId).Select(s => s.Id).OrderBy(id => id).ToListAsync();

        Assert.Equal(expected, seen);
        Assert.Empty(await TrainingScope.ManagedSessions(context, Actor.Of("pm-unassigned", TrainingRoles.ProgrammeManager)).ToListAsync());
        Assert.Equal(await context.Sessions.CountAsync(), await TrainingScope.ManagedSessions(context, Actor.Of("admin", TrainingRoles.Administrator)).CountAsync());
        // The assignment alone gives nothing without the role.
        Assert.Empty(await TrainingScope.ManagedSessions(context, Actor.Of("pm-scope-1", TrainingRoles.Trainee)).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AManagerCannotAdmitToOrRevokeInAProgrammeThatIsNotTheirs(StorageProvider provider)
    {
        var store = stores[provider];
        var mine = await ProgrammeWithSessionsAsync(store, 1);
        await using var context = store.Contexts.Create();
        context.ProgrammeManagers.Add(new ProgrammeManager { ProgrammeId = mine, UserId = "pm-scope-2" });
        await context.SaveChangesAsync();
        var manager = Actor.Of("pm-scope-2", TrainingRoles.ProgrammeManager);
        var foreignApplication = await context.Applications
            .Where(a => a.Status == ApplicationStatus.Waitlisted && context.Sessions.Any(s => s.Id == a.SessionId && s.ProgrammeId != mine))
            .Select(a => a.Id).FirstAsync();
        var foreignCertificate = await context.Certificates
            .Where(c => c.Status == CertificateStatus.Valid && context.Enrolments.Any(e => e.Id == c.EnrolmentId
                && context.Sessions.Any(s => s.Id == e.SessionId && s.ProgrammeId != mine)))
            .Select(c => c.Code).FirstAsync();

        var admission = await new Admissions(store.Contexts, FixedTime.DemoToday).AdmitAsync(manager, foreignApplication, CancellationToken.None);
        var revocation = await new CertificateIssuer(store.Contexts, FixedTime.DemoToday).RevokeAsync(manager, foreignCertificate, "test", CancellationToken.None);

        Assert.Equal(AdmissionOutcome.ApplicationNotFound, admission);
        Assert.Equal(CertificateRevokeOutcome.UnknownCode, revocation);
        Assert.Equal(ApplicationStatus.Waitlisted, await context.Applications.Where(a => a.Id == foreignApplication).Select(a => a.Status).SingleAsync());
        Assert.Equal(CertificateStatus.Valid, await context.Certificates.Where(c => c.Code == foreignCertificate).Select(c => c.Status).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AReviewerSeesOnlyTheApplicationsAssignedToThem(StorageProvider provider)
    {
        var store = stores[provider];
        await using var context = store.Contexts.Create();
        var assigned = await context.Applications.OrderBy(a => a.Id).Select(a => a.Id).Skip(10).Take(3).ToListAsync();
        context.ApplicationReviews.AddRange(assigned.Select(id => new ApplicationReview { ApplicationId = id, ReviewerId = "reviewer-scope", AssignedAt = DateTime.UtcNow }));
        await context.SaveChangesAsync();

        var seen = await TrainingScope.VisibleApplications(context, Actor.Of("reviewer-scope", TrainingRoles.Reviewer)).Select(a => a.Id).OrderBy(id => id).ToListAsync();
        var trainees = await TrainingScope.VisibleTrainees(context, Actor.Of("reviewer-scope", TrainingRoles.Reviewer)).CountAsync();

        Assert.Equal(assigned, seen);
        Assert.Equal(3, trainees);
        Assert.Empty(await TrainingScope.VisibleApplications(context, Actor.Of("other-reviewer", TrainingRoles.Reviewer)).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task APartnerCoordinatorSeesOnlyTheNominationsOfTheirInstitution(StorageProvider provider)
    {
        var store = stores[provider];
        await using var context = store.Contexts.Create();
        var partnerId = await context.Applications.Where(a => a.NominatedByPartnerId != null)
            .Select(a => a.NominatedByPartnerId!.Value).OrderBy(id => id).FirstAsync();
        context.PartnerCoordinators.Add(new PartnerCoordinator { PartnerId = partnerId, UserId = "coordinator-scope" });
        await context.SaveChangesAsync();
        var actors = new TrainingActors(store.Contexts);

        var coordinator = await actors.ForAsync("coordinator-scope", [TrainingRoles.PartnerCoordinator], CancellationToken.None);
        var unlinked = await actors.ForAsync("coordinator-unlinked", [TrainingRoles.PartnerCoordinator], CancellationToken.None);
        var seen = await TrainingScope.VisibleApplications(context, coordinator).Select(a => a.NominatedByPartnerId).Distinct().ToListAsync();

        Assert.Equal(partnerId, coordinator.PartnerId);
        Assert.Equal([partnerId], seen.Select(id => id!.Value));
        Assert.Equal(await context.Applications.CountAsync(a => a.NominatedByPartnerId == partnerId),
            await TrainingScope.VisibleApplications(context, coordinator).CountAsync());
        Assert.Null(unlinked.PartnerId);
        Assert.Empty(await TrainingScope.VisibleApplications(context, unlinked).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ATraineeSeesOnlyTheirOwnRecordAndApplications(StorageProvider provider)
    {
        var store = stores[provider];
        await using var context = store.Contexts.Create();
        var traineeId = await context.Applications.GroupBy(a => a.TraineeId).Where(g => g.Count() > 1).Select(g => g.Key).OrderBy(id => id).FirstAsync();
        await context.Trainees.Where(t => t.Id == traineeId).ExecuteUpdateAsync(t => t.SetProperty(x => x.UserId, "trainee-scope"));
        var actor = Actor.Of("trainee-scope", TrainingRoles.Trainee);

        var trainees = await TrainingScope.VisibleTrainees(context, actor).Select(t => t.Id).ToListAsync();
        var applications = await TrainingScope.VisibleApplications(context, actor).Select(a => a.TraineeId).ToListAsync();

        Assert.Equal([traineeId], trainees);
        Assert.True(applications.Count > 1);
        Assert.All(applications, id => Assert.Equal(traineeId, id));
        Assert.Empty(await TrainingScope.VisibleTrainees(context, Actor.Of("someone-else", TrainingRoles.Trainee)).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task AnInstructorSeesTheSessionsTheyTeachAndTheirTraineesButManagesNothing(StorageProvider provider)
    {
        var store = stores[provider];
        await using var context = store.Contexts.Create();
        var sessionId = await context.Enrolments.Select(e => e.SessionId).OrderBy(id => id).FirstAsync();
        context.SessionInstructors.Add(new SessionInstructor { SessionId = sessionId, UserId = "instructor-scope" });
        await context.SaveChangesAsync();
        var actor = Actor.Of("instructor-scope", TrainingRoles.Instructor);

        var taught = await TrainingScope.TaughtSessions(context, actor).Select(s => s.Id).ToListAsync();
        var trainees = await TrainingScope.VisibleTrainees(context, actor).CountAsync();

        Assert.Equal([sessionId], taught);
        Assert.Equal(await context.Enrolments.CountAsync(e => e.SessionId == sessionId), trainees);
        Assert.Empty(await TrainingScope.ManagedSessions(context, actor).ToListAsync());
    }
}
