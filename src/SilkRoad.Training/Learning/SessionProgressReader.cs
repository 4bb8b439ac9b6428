using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Learning;

/// <summary>
/// Counts every enrolled trainee's progress in one session (<see cref="TraineeProgress"/>). A trainee attended a
/// schedule item when ticked present, or — unless the session is wholly on site — when they viewed a material that
/// stands for that item. Callers scope the session first: this reads whatever session it is given.
/// </summary>
public static class SessionProgressReader
{
    public static async Task<List<TraineeProgress>> ReadAsync(TrainingDbContext context, int sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mode = await context.Sessions.Where(s => s.Id == sessionId).Select(s => s.Mode).SingleAsync(cancellationToken);
        var items = await context.ScheduleItems.Where(i => i.SessionId == sessionId).Select(i => i.Id).ToListAsync(cancellationToken);
        var materials = await context.CourseMaterials.Where(m => m.SessionId == sessionId)
            .Select(m => new { m.Id, m.ScheduleItemId }).ToListAsync(cancellationToken);
        var questions = await context.QuizQuestions.CountAsync(q => q.SessionId == sessionId, cancellationToken);
        var enrolments = await (
            from e in context.Enrolments
            join t in context.Trainees on e.TraineeId equals t.Id
            where e.SessionId == sessionId && e.Status != EnrolmentStatus.Withdrawn
            orderby t.LatinName, e.Id
            select new { e.Id, e.TraineeId, e.Status, t.LatinName, t.NativeName, t.CountryCode })
            .ToListAsync(cancellationToken);
        var ticked = await context.Attendance
            .Where(a => a.Present && context.Enrolments.Any(e => e.Id == a.EnrolmentId && e.SessionId == sessionId))
            .Select(a => new { a.EnrolmentId, a.ScheduleItemId }).ToListAsync(cancellationToken);
        var views = await context.MaterialViews
            .Where(v => context.Enrolments.Any(e => e.Id == v.EnrolmentId && e.SessionId == sessionId))
            .Select(v => new { v.EnrolmentId, v.MaterialId }).ToListAsync(cancellationToken);
        var answers = await context.QuizAnswers
            .Where(a => context.Enrolments.Any(e => e.Id == a.EnrolmentId && e.SessionId == sessionId))
            .GroupBy(a => a.EnrolmentId)
            .Select(g => new { EnrolmentId = g.Key, Answered = g.Count(), Correct = g.Count(a => a.Correct) })
            .ToDictionaryAsync(g => g.EnrolmentId, cancellationToken);
        var certificates = await context.Certificates
            .Where(c => context.Enrolments.Any(e => e.Id == c.EnrolmentId && e.SessionId == sessionId))
            .Select(c => new { c.EnrolmentId, c.Code, c.Status })
            .ToDictionaryAsync(c => c.EnrolmentId, cancellationToken);

        var itemOfMaterial = materials.Where(m => m.ScheduleItemId is not null).ToDictionary(m => m.Id, m => m.ScheduleItemId!.Value);
        var itemSet = items.ToHashSet();
        var attended = ticked.Where(t => itemSet.Contains(t.ScheduleItemId)).Select(t => (t.EnrolmentId, t.ScheduleItemId)).ToHashSet();
        if (mode != SessionMode.OnSite)
        {
            foreach (var view in views)
                if (itemOfMaterial.TryGetValue(view.MaterialId, out var item)) attended.Add((view.EnrolmentId, item));
        }
        var attendedBy = attended.GroupBy(a => a.EnrolmentId).ToDictionary(g => g.Key, g => g.Count());
        var seenBy = views.GroupBy(v => v.EnrolmentId).ToDictionary(g => g.Key, g => g.Select(v => v.MaterialId).Distinct().Count());
        return enrolments.Select(e =>
        {
            answers.TryGetValue(e.Id, out var quiz);
            certificates.TryGetValue(e.Id, out var certificate);
            return new TraineeProgress(e.Id, e.TraineeId, e.LatinName, e.NativeName, e.CountryCode, e.Status,
                attendedBy.GetValueOrDefault(e.Id), items.Count, seenBy.GetValueOrDefault(e.Id), materials.Count,
                quiz?.Correct ?? 0, quiz?.Answered ?? 0, questions,
                certificate?.Code, certificate?.Status == CertificateStatus.Revoked);
        }).ToList();
    }
}
