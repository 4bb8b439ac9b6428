using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.FollowUp;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Sessions;

/// <summary>Reads a session's staff page (<see cref="SessionOverview"/>) for the sessions the actor teaches or manages; any other reads as not found.</summary>
public sealed class SessionOverviewReader(TrainingDbContextFactory contexts, CatalogueTitles titles)
{
    public async Task<SessionOverview?> ReadAsync(Actor actor, int sessionId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var session = await TrainingScope.TaughtSessions(context, actor).AsNoTracking().Include(s => s.Schedule)
            .SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null) return null;
        var canManage = await TrainingScope.ManagedSessions(context, actor).AnyAsync(s => s.Id == sessionId, cancellationToken);
        var programme = await context.Programmes.AsNoTracking().SingleAsync(p => p.Id == session.ProgrammeId, cancellationToken);
        var courseIds = session.Schedule.Select(i => i.CourseId).OfType<int>().Distinct().ToList();
        var courses = await context.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var schedule = session.Schedule.OrderBy(i => i.Day).ThenBy(i => i.Id)
            .Select(i => new ScheduleEntry(i.Id, i.Day, i.Kind,
                i.CourseId is { } c && courses.TryGetValue(c, out var course) ? LocalizedTitles.Pick(course.Texts, language) : i.Title ?? "",
                i.Place))
            .ToList();
        var progress = await SessionProgressReader.ReadAsync(context, sessionId, cancellationToken);
        var materials = await OnlineLearning.MaterialsAsync(context, titles, sessionId, null, cancellationToken);
        var questions = await context.QuizQuestions.AsNoTracking().Where(q => q.SessionId == sessionId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        var survey = await FeedbackSurvey.SummaryAsync(context, sessionId, cancellationToken);
        var followUp = await FollowUpSurveys.SummaryAsync(context, sessionId, cancellationToken);
        return new SessionOverview(session.Id, session.Number, LocalizedTitles.Pick(programme.Texts, language), session.StartsOn, session.EndsOn,
            session.Mode, session.Venue, session.Platform, session.InstructionLanguage, session.Capacity,
            session.CompletionMinAttendancePercent, session.CompletionMinQuizPercent, canManage, schedule, progress, materials, questions, survey, followUp);
    }
}
