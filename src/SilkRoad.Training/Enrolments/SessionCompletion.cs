using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Enrolments;

/// <summary>
/// Applies a session's completion rule on a manager's demand: the rule is kept on the session, and every enrolment
/// that meets it becomes <see cref="EnrolmentStatus.Completed"/>. One that does not stays as it is — an enrolment
/// completed before (its certificate perhaps issued) is never taken back by a stricter rule; revoking the
/// certificate is the way to undo it. Only the managers of the session's programme may; to others it does not exist.
/// </summary>
public sealed class SessionCompletion(TrainingDbContextFactory contexts)
{
    public async Task<CompletionResult> ApplyAsync(Actor actor, int sessionId, CompletionRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.IsValid) throw new ArgumentOutOfRangeException(nameof(rule), rule, "Minimums are percentages from 0 to 100.");
        if (!actor.IsInAny(TrainingRoles.Administrator, TrainingRoles.ProgrammeManager)) return new CompletionResult(false, 0, 0, 0);
        await using var context = contexts.Create();
        var session = await TrainingScope.ManagedSessions(context, actor).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null) return new CompletionResult(false, 0, 0, 0);
        session.CompletionMinAttendancePercent = rule.MinAttendancePercent;
        session.CompletionMinQuizPercent = rule.MinQuizPercent;
        var progress = await SessionProgressReader.ReadAsync(context, sessionId, cancellationToken);
        var meeting = progress.Where(p => p.Status == EnrolmentStatus.Enrolled && rule.IsMetBy(p)).Select(p => p.EnrolmentId).ToList();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await context.Enrolments.Where(e => meeting.Contains(e.Id) && e.Status == EnrolmentStatus.Enrolled)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Status, EnrolmentStatus.Completed), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var before = progress.Count(p => p.Status == EnrolmentStatus.Completed);
        return new CompletionResult(true, meeting.Count, before, progress.Count - before - meeting.Count);
    }
}
