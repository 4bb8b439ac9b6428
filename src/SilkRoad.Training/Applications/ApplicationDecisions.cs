using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Applications;

/// <summary>
/// A manager's decisions on the applications of the sessions they manage: admit (through <see cref="Admissions"/>,
/// which keeps to the session's capacity), waitlist or reject. A decided application is not decided again, except
/// that a waitlisted one may still be admitted. Each decision takes the session's lock, as admission does, so that a
/// rejection and an admission of one application at the same moment cannot both win. Out of the actor's programmes
/// reads as not found.
/// </summary>
public sealed class ApplicationDecisions(TrainingDbContextFactory contexts, Admissions admissions)
{
    private static readonly string[] MayDecide = [TrainingRoles.Administrator, TrainingRoles.ProgrammeManager];

    public async Task<DecisionResult> DecideAsync(Actor actor, int applicationId, ApplicationDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("decide on applications", MayDecide);
        var before = await StatusAsync(actor, applicationId, cancellationToken);
        var outcome = decision == ApplicationDecision.Admit
            ? await AdmitAsync(actor, applicationId, cancellationToken)
            : await SetAsync(actor, applicationId, decision == ApplicationDecision.Waitlist ? ApplicationStatus.Waitlisted : ApplicationStatus.Rejected,
                cancellationToken);
        if (outcome is DecisionOutcome.AlreadyDecided or DecisionOutcome.ApplicationNotFound) return new DecisionResult(outcome, null);
        // A waitlisted applicant whom the manager tried to admit to a full session is still waitlisted: nothing new to tell.
        if (outcome == DecisionOutcome.WaitlistedSessionFull && before == ApplicationStatus.Waitlisted) return new DecisionResult(outcome, null);
        return new DecisionResult(outcome, await NoticeAsync(applicationId, cancellationToken));
    }

    private async Task<ApplicationStatus?> StatusAsync(Actor actor, int applicationId, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        return await context.Applications.Where(a => a.Id == applicationId && managed.Contains(a.SessionId))
            .Select(a => (ApplicationStatus?)a.Status).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<DecisionOutcome> AdmitAsync(Actor actor, int applicationId, CancellationToken cancellationToken) =>
        await admissions.AdmitAsync(actor, applicationId, cancellationToken) switch
        {
            AdmissionOutcome.Admitted => DecisionOutcome.Decided,
            AdmissionOutcome.SessionFull => DecisionOutcome.WaitlistedSessionFull,
            AdmissionOutcome.AlreadyDecided => DecisionOutcome.AlreadyDecided,
            _ => DecisionOutcome.ApplicationNotFound,
        };

    private async Task<DecisionOutcome> SetAsync(Actor actor, int applicationId, ApplicationStatus status, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        var application = await context.Applications.Where(a => managed.Contains(a.SessionId))
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null) return DecisionOutcome.ApplicationNotFound;
        await SessionLock.TakeAsync(context, contexts.Provider, application.SessionId, cancellationToken);
        await context.Entry(application).ReloadAsync(cancellationToken);
        if (application.Status != ApplicationStatus.Submitted) return DecisionOutcome.AlreadyDecided;
        application.Status = status;
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DecisionOutcome.Decided;
    }

    private async Task<ApplicantNotice?> NoticeAsync(int applicationId, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var found = await (from a in context.Applications
                           where a.Id == applicationId
                           join t in context.Trainees on a.TraineeId equals t.Id
                           join s in context.Sessions on a.SessionId equals s.Id
                           select new { Application = a, Trainee = t, Session = s })
            .AsNoTracking().SingleAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(found.Trainee.Email)) return null;
        var language = found.Application.Language ?? "en";
        var programme = await context.Programmes.AsNoTracking().Include(p => p.Texts)
            .SingleAsync(p => p.Id == found.Session.ProgrammeId, cancellationToken);
        return new ApplicantNotice(applicationId, found.Application.Status, found.Trainee.Email, language, found.Trainee.NativeName,
            found.Trainee.LatinName, found.Session.Number, LocalizedTitles.Pick(programme.Texts, language), found.Session.StartsOn,
            found.Session.EndsOn);
    }
}
