using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Enrolments;

/// <summary>
/// Admits an applicant to a session, enrolling them, only while the session has a free place — also when two managers
/// admit at the same moment. The count of places taken and the new enrolment are one transaction that holds the
/// session's lock: on PostgreSQL a row lock on the session (<c>FOR UPDATE</c>), so the second admission waits and then
/// counts the first; on SQLite the transaction takes the database's write lock as it begins (Microsoft.Data.Sqlite
/// begins IMMEDIATE), which does the same for every session at once.
/// </summary>
public sealed class Admissions(TrainingDbContextFactory contexts, TimeProvider time)
{
    private static readonly string[] MayDecide = [TrainingRoles.Administrator, TrainingRoles.ProgrammeManager];

    public async Task<AdmissionOutcome> AdmitAsync(Actor actor, int applicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("admit applicants", MayDecide);
        await using var context = contexts.Create();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Out of the manager's programmes reads as not found, as if the application did not exist.
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        var application = await context.Applications.Where(a => managed.Contains(a.SessionId))
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null) return AdmissionOutcome.ApplicationNotFound;
        await SessionLock.TakeAsync(context, contexts.Provider, application.SessionId, cancellationToken);
        // Read again under the lock: another decision may have been made on this very application meanwhile.
        await context.Entry(application).ReloadAsync(cancellationToken);
        if (application.Status is ApplicationStatus.Admitted or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn)
            return AdmissionOutcome.AlreadyDecided;
        var capacity = await context.Sessions.Where(s => s.Id == application.SessionId).Select(s => s.Capacity).SingleAsync(cancellationToken);
        var taken = await context.Enrolments.CountAsync(e => e.SessionId == application.SessionId && e.Status != EnrolmentStatus.Withdrawn, cancellationToken);
        if (taken >= capacity)
        {
            application.Status = ApplicationStatus.Waitlisted;
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return AdmissionOutcome.SessionFull;
        }
        application.Status = ApplicationStatus.Admitted;
        context.Enrolments.Add(new Enrolment
        {
            SessionId = application.SessionId,
            TraineeId = application.TraineeId,
            EnrolledAt = time.GetUtcNow().UtcDateTime,
            Status = EnrolmentStatus.Enrolled,
        });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdmissionOutcome.Admitted;
    }
}
