using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Enrolments;

/// <summary>
/// A trainee gives up their own application and place in a session before it starts. The application (awaiting a
/// decision, waitlisted or admitted) and the enrolment become Withdrawn, with the time and an optional reason, under the
/// session's lock (<see cref="SessionLock"/>), so that a withdrawal and an admission at the same moment count places
/// as one after the other. The place freed is not given to the next waitlisted applicant by itself: the managers see it
/// on their desk and decide. Only the trainee's own record is reached; anyone else's session reads as not found.
/// </summary>
public sealed class Withdrawals(TrainingDbContextFactory contexts, TimeProvider time)
{
    public const int MaxReasonLength = 1000;

    private static readonly ApplicationStatus[] Withdrawable = [ApplicationStatus.Submitted, ApplicationStatus.Waitlisted, ApplicationStatus.Admitted];

    /// <summary>The trainee's standing in the session, for the confirmation page; null when they have none there.</summary>
    public async Task<WithdrawalView?> FindAsync(Actor actor, int sessionId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        if (await OwnAsync(context, actor, sessionId, cancellationToken) is not { } own) return null;
        var programme = await context.Programmes.AsNoTracking().Include(p => p.Texts).SingleAsync(p => p.Id == own.Session.ProgrammeId, cancellationToken);
        return new WithdrawalView(own.Session.Id, own.Session.Number, LocalizedTitles.Pick(programme.Texts, language), own.Session.StartsOn,
            own.Session.EndsOn, own.Application?.Status, own.Enrolment?.Status, Refusal(own));
    }

    public async Task<WithdrawalOutcome> WithdrawAsync(Actor actor, int sessionId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (!await context.Sessions.AnyAsync(s => s.Id == sessionId, cancellationToken)) return WithdrawalOutcome.NotFound;
        await SessionLock.TakeAsync(context, contexts.Provider, sessionId, cancellationToken);
        // Read under the lock: a manager's decision on this application may have been made meanwhile.
        if (await OwnAsync(context, actor, sessionId, cancellationToken) is not { } own) return WithdrawalOutcome.NotFound;
        if (Refusal(own) is var refusal and not WithdrawalOutcome.Withdrawn) return refusal;
        var now = time.GetUtcNow().UtcDateTime;
        var text = reason?.Trim() is { Length: > 0 } given ? given[..Math.Min(given.Length, MaxReasonLength)] : null;
        if (own.Application is { } application && Withdrawable.Contains(application.Status))
            (application.Status, application.WithdrawnAt, application.WithdrawalReason) = (ApplicationStatus.Withdrawn, now, text);
        if (own.Enrolment is { Status: EnrolmentStatus.Enrolled } enrolment)
            (enrolment.Status, enrolment.WithdrawnAt, enrolment.WithdrawalReason) = (EnrolmentStatus.Withdrawn, now, text);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WithdrawalOutcome.Withdrawn;
    }

    private sealed record Own(Session Session, TrainingApplication? Application, Enrolment? Enrolment, DateOnly Today);

    // Only the trainee's own record, whatever else the actor may manage: withdrawing is something one does for oneself.
    private async Task<Own?> OwnAsync(TrainingDbContext context, Actor actor, int sessionId, CancellationToken cancellationToken)
    {
        if (!actor.IsInAny(TrainingRoles.Trainee)) return null;
        var traineeId = await context.Trainees.Where(t => t.UserId == actor.UserId).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken);
        if (traineeId is null) return null;
        var application = await context.Applications.SingleOrDefaultAsync(a => a.SessionId == sessionId && a.TraineeId == traineeId, cancellationToken);
        var enrolment = await context.Enrolments.SingleOrDefaultAsync(e => e.SessionId == sessionId && e.TraineeId == traineeId, cancellationToken);
        if (application is null && enrolment is null) return null;
        var session = await context.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
        return new Own(session, application, enrolment, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }

    private static WithdrawalOutcome Refusal(Own own)
    {
        var open = (own.Application is { } a && Withdrawable.Contains(a.Status)) || own.Enrolment is { Status: EnrolmentStatus.Enrolled };
        if (!open) return WithdrawalOutcome.NothingToWithdraw;
        return own.Session.StartsOn <= own.Today ? WithdrawalOutcome.SessionStarted : WithdrawalOutcome.Withdrawn;
    }
}
