using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Learning;

/// <summary>
/// A trainee's side of online learning, for their own enrolments only (the trainee record linked to their account):
/// the course's materials and quiz, a view of a material recorded when they open it, an answer recorded once. A
/// session they are not enrolled in does not exist for them.
/// </summary>
public sealed class OnlineLearning(TrainingDbContextFactory contexts, CatalogueTitles titles, TimeProvider time)
{
    public async Task<List<LearnerSession>> SessionsAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var rows = await (
            from e in OwnEnrolments(context, actor)
            join s in context.Sessions on e.SessionId equals s.Id
            orderby s.StartsOn descending
            select new { s.Id, s.Number, s.ProgrammeId, s.StartsOn, s.EndsOn, s.Mode, e.Status })
            .ToListAsync(cancellationToken);
        var programmeIds = rows.Select(r => r.ProgrammeId).Distinct().ToList();
        var programmes = await context.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Texts, cancellationToken);
        return rows.Select(r => new LearnerSession(r.Id, r.Number, LocalizedTitles.Pick(programmes[r.ProgrammeId], language), r.StartsOn, r.EndsOn, r.Mode, r.Status)).ToList();
    }

    public async Task<LearnerCourse?> CourseAsync(Actor actor, int sessionId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var sessions = await SessionsAsync(actor, language, cancellationToken);
        if (sessions.FirstOrDefault(s => s.SessionId == sessionId) is not { } session) return null;
        await using var context = contexts.Create();
        var enrolmentId = await OwnEnrolments(context, actor).Where(e => e.SessionId == sessionId).Select(e => e.Id).FirstAsync(cancellationToken);
        var materials = await MaterialsAsync(context, titles, sessionId, enrolmentId, cancellationToken);
        var answers = await context.QuizAnswers.Where(a => a.EnrolmentId == enrolmentId).ToDictionaryAsync(a => a.QuestionId, cancellationToken);
        var questions = (await context.QuizQuestions.Where(q => q.SessionId == sessionId).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken))
            .Select(q => answers.TryGetValue(q.Id, out var a)
                ? new LearnerQuestion(q.Id, q.Text, q.OptionList, a.ChosenOption, a.Correct)
                : new LearnerQuestion(q.Id, q.Text, q.OptionList, null, null))
            .ToList();
        var surveyed = await context.SurveyResponses.AnyAsync(r => r.EnrolmentId == enrolmentId, cancellationToken);
        return new LearnerCourse(session, materials, questions, surveyed);
    }

    /// <summary>Records that the trainee opened a material (the first time counts) and returns it, to be sent on to.</summary>
    public async Task<MaterialEntry?> ViewAsync(Actor actor, int sessionId, int materialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var enrolmentId = await OwnEnrolments(context, actor).Where(e => e.SessionId == sessionId).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (enrolmentId is not { } enrolment) return null;
        var material = await context.CourseMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.SessionId == sessionId, cancellationToken);
        if (material is null) return null;
        if (!await context.MaterialViews.AnyAsync(v => v.EnrolmentId == enrolment && v.MaterialId == materialId, cancellationToken))
        {
            context.MaterialViews.Add(new MaterialView { EnrolmentId = enrolment, MaterialId = materialId, FirstViewedAt = time.GetUtcNow().UtcDateTime });
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same link opened twice at once: the other request recorded the view.
            }
        }
        return new MaterialEntry(material.Id, material.Title ?? "", material.ResourceId, material.VideoUrl, material.ScheduleItemId, true);
    }

    public async Task<QuizAnswerOutcome> AnswerAsync(Actor actor, int sessionId, int questionId, int chosenOption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var enrolmentId = await OwnEnrolments(context, actor).Where(e => e.SessionId == sessionId).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (enrolmentId is not { } enrolment) return QuizAnswerOutcome.NotFound;
        var question = await context.QuizQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId && q.SessionId == sessionId, cancellationToken);
        if (question is null || chosenOption < 0 || chosenOption >= question.OptionList.Count) return QuizAnswerOutcome.NotFound;
        if (await context.QuizAnswers.AnyAsync(a => a.EnrolmentId == enrolment && a.QuestionId == questionId, cancellationToken))
            return QuizAnswerOutcome.AlreadyAnswered;
        var correct = chosenOption == question.CorrectOption;
        context.QuizAnswers.Add(new QuizAnswer
        {
            EnrolmentId = enrolment,
            QuestionId = questionId,
            ChosenOption = chosenOption,
            Correct = correct,
            AnsweredAt = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return QuizAnswerOutcome.AlreadyAnswered;
        }
        return correct ? QuizAnswerOutcome.Correct : QuizAnswerOutcome.Wrong;
    }

    /// <summary>A session's materials in order, with the catalogue's titles; seen as far as <paramref name="enrolmentId"/> goes (none for staff).</summary>
    internal static async Task<List<MaterialEntry>> MaterialsAsync(TrainingDbContext context, CatalogueTitles titles, int sessionId, int? enrolmentId, CancellationToken cancellationToken)
    {
        var materials = await context.CourseMaterials.AsNoTracking().Where(m => m.SessionId == sessionId)
            .OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var seen = enrolmentId is { } id
            ? (await context.MaterialViews.Where(v => v.EnrolmentId == id).Select(v => v.MaterialId).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var catalogue = await titles.OfAsync(materials.Select(m => m.ResourceId).OfType<long>(), cancellationToken);
        return materials.Select(m => new MaterialEntry(m.Id,
            m.ResourceId is { } r && catalogue.TryGetValue(r, out var title) ? title : m.Title ?? m.VideoUrl ?? "",
            m.ResourceId, m.VideoUrl, m.ScheduleItemId, seen.Contains(m.Id))).ToList();
    }

    internal static IQueryable<Enrolment> OwnEnrolments(TrainingDbContext context, Actor actor)
    {
        var trainee = actor.Roles.Contains(TrainingRoles.Trainee);
        var userId = actor.UserId;
        return context.Enrolments.Where(e => trainee && e.Status != EnrolmentStatus.Withdrawn
            && context.Trainees.Any(t => t.Id == e.TraineeId && t.UserId == userId));
    }
}
