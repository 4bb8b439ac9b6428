using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Attendance;

/// <summary>
/// Attendance on site: per schedule item, the list of enrolled trainees to tick, saved in one go (everyone on the list
/// is marked present or absent). The session's instructors and its programme's managers may mark; to anyone else the
/// session does not exist. Online, attendance is not ticked but counted from material views (<see cref="Learning.SessionProgressReader"/>).
/// </summary>
public sealed class AttendanceRegister(TrainingDbContextFactory contexts)
{
    public async Task<AttendanceSheet?> SheetAsync(Actor actor, int sessionId, int scheduleItemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var item = await context.ScheduleItems.AsNoTracking()
            .Where(i => i.Id == scheduleItemId && i.SessionId == sessionId && TrainingScope.TaughtSessions(context, actor).Any(s => s.Id == sessionId))
            .SingleOrDefaultAsync(cancellationToken);
        if (item is null) return null;
        var lines = await (
            from e in context.Enrolments
            join t in context.Trainees on e.TraineeId equals t.Id
            where e.SessionId == sessionId && e.Status != EnrolmentStatus.Withdrawn
            orderby t.LatinName, e.Id
            select new AttendanceLine(e.Id, t.LatinName, t.NativeName, t.CountryCode,
                context.Attendance.Any(a => a.EnrolmentId == e.Id && a.ScheduleItemId == scheduleItemId && a.Present)))
            .ToListAsync(cancellationToken);
        return new AttendanceSheet(sessionId, item, lines);
    }

    /// <summary>Marks everyone enrolled present when in <paramref name="presentEnrolmentIds"/>, absent otherwise; false when the item is not found.</summary>
    public async Task<bool> MarkAsync(Actor actor, int sessionId, int scheduleItemId, IReadOnlyCollection<int> presentEnrolmentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(presentEnrolmentIds);
        await using var context = contexts.Create();
        var found = await context.ScheduleItems.AnyAsync(
            i => i.Id == scheduleItemId && i.SessionId == sessionId && TrainingScope.TaughtSessions(context, actor).Any(s => s.Id == sessionId), cancellationToken);
        if (!found) return false;
        var enrolments = await context.Enrolments.Where(e => e.SessionId == sessionId && e.Status != EnrolmentStatus.Withdrawn)
            .Select(e => e.Id).ToListAsync(cancellationToken);
        var records = await context.Attendance.Where(a => a.ScheduleItemId == scheduleItemId && enrolments.Contains(a.EnrolmentId))
            .ToDictionaryAsync(a => a.EnrolmentId, cancellationToken);
        var present = presentEnrolmentIds.ToHashSet();
        foreach (var enrolmentId in enrolments)
        {
            if (!records.TryGetValue(enrolmentId, out var record))
            {
                record = new AttendanceRecord { EnrolmentId = enrolmentId, ScheduleItemId = scheduleItemId };
                context.Attendance.Add(record);
            }
            record.Present = present.Contains(enrolmentId);
        }
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }
}
