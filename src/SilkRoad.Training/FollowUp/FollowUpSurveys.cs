using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Feedback;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.FollowUp;

/// <summary>
/// Alumni follow-up surveys: some months after a session, its managers open a survey for it (or for every ended
/// session of its programme); those who completed it answer once, for their own enrolment; staff read yes counts and
/// comments, not who said what. A session still running or to come has no follow-up.
/// </summary>
public sealed class FollowUpSurveys(TrainingDbContextFactory contexts, TimeProvider time)
{
    /// <summary>
    /// Opens the follow-up of a session the actor manages, or with <paramref name="wholeProgramme"/> of every ended
    /// session of its programme that has none yet. Not found for a session the actor does not manage.
    /// </summary>
    public async Task<FollowUpOpening> OpenAsync(Actor actor, int sessionId, bool wholeProgramme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor);
        var session = await managed.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null) return new FollowUpOpening(FollowUpOpenOutcome.NotFound, 0);
        var today = Today();
        var targets = await managed.Where(s => wholeProgramme ? s.ProgrammeId == session.ProgrammeId : s.Id == sessionId)
            .Where(s => s.EndsOn < today && !context.FollowUpSurveys.Any(f => f.SessionId == s.Id))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var outcome = session.EndsOn >= today ? FollowUpOpenOutcome.NotEnded
            : targets.Contains(sessionId) ? FollowUpOpenOutcome.Opened
            : FollowUpOpenOutcome.AlreadyOpen;
        if (targets.Count == 0) return new FollowUpOpening(outcome, 0);
        var now = time.GetUtcNow().UtcDateTime;
        context.FollowUpSurveys.AddRange(targets.Select(id => new FollowUpSurvey { SessionId = id, OpenedAt = now, OpenedBy = actor.UserId }));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another manager opened one of them at the same moment (unique per session): theirs stands.
            return new FollowUpOpening(FollowUpOpenOutcome.AlreadyOpen, 0);
        }
        return new FollowUpOpening(outcome, targets.Count);
    }

    /// <summary>The follow-up surveys open to the actor: those of the sessions they completed, most recent first.</summary>
    public async Task<IReadOnlyList<FollowUpInvitation>> InvitationsAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        return await InvitationsAsync(context, actor, null, language, cancellationToken);
    }

    /// <summary>The follow-up survey of one session the actor completed; null when there is none for them.</summary>
    public async Task<FollowUpInvitation?> InvitationAsync(Actor actor, int sessionId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        return (await InvitationsAsync(context, actor, sessionId, language, cancellationToken)).SingleOrDefault();
    }

    public async Task<SurveyOutcome> SubmitAsync(Actor actor, int sessionId, FollowUpInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var context = contexts.Create();
        return await SurveyAnswers.SubmitOnceAsync(context, Invited(context, actor), sessionId, input.IsValid, enrolment => new FollowUpResponse
        {
            EnrolmentId = enrolment,
            SubmittedAt = time.GetUtcNow().UtcDateTime,
            StillInField = input.StillInField ?? false, // IsValid checked that each is answered
            AppliedLearning = input.AppliedLearning ?? false,
            Promoted = input.Promoted ?? false,
            WouldRecommend = input.WouldRecommend ?? false,
            Comment = SurveyAnswers.Comment(input.Comment),
        }, cancellationToken);
    }

    /// <summary>The summary of a session's follow-up. Callers scope the session first.</summary>
    public static async Task<FollowUpSummary> SummaryAsync(TrainingDbContext context, int sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opened = await context.FollowUpSurveys.Where(f => f.SessionId == sessionId).Select(f => (DateTime?)f.OpenedAt).SingleOrDefaultAsync(cancellationToken);
        var completers = await context.Enrolments.CountAsync(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Completed, cancellationToken);
        // Oldest first, so that the order of the comments says nothing about who answered last.
        var responses = await context.FollowUpResponses.AsNoTracking()
            .Where(r => context.Enrolments.Any(e => e.Id == r.EnrolmentId && e.SessionId == sessionId))
            .OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken);
        var yes = Enum.GetValues<FollowUpQuestion>().ToDictionary(q => q, q => responses.Count(r => r.AnswerTo(q)));
        return new FollowUpSummary(opened is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, completers, responses.Count, yes,
            responses.Select(r => r.Comment).OfType<string>().ToList());
    }

    // The actor's own completed enrolments in sessions whose follow-up is open.
    private static IQueryable<Enrolment> Invited(TrainingDbContext context, Actor actor) =>
        OnlineLearning.OwnEnrolments(context, actor)
            .Where(e => e.Status == EnrolmentStatus.Completed && context.FollowUpSurveys.Any(f => f.SessionId == e.SessionId));

    private static async Task<IReadOnlyList<FollowUpInvitation>> InvitationsAsync(TrainingDbContext context, Actor actor, int? sessionId, string language,
        CancellationToken cancellationToken)
    {
        var rows = await (from e in Invited(context, actor)
                          where sessionId == null || e.SessionId == sessionId
                          join s in context.Sessions on e.SessionId equals s.Id
                          orderby s.EndsOn descending
                          select new { s.Id, s.Number, s.ProgrammeId, s.EndsOn, Answered = context.FollowUpResponses.Any(r => r.EnrolmentId == e.Id) })
            .ToListAsync(cancellationToken);
        var programmeIds = rows.Select(r => r.ProgrammeId).Distinct().ToList();
        var programmes = await context.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Texts, cancellationToken);
        return rows.Select(r => new FollowUpInvitation(r.Id, r.Number, LocalizedTitles.Pick(programmes[r.ProgrammeId], language), r.EndsOn, r.Answered)).ToList();
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
