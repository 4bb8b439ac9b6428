using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Applications;

/// <summary>
/// What a programme manager works from: the sessions they manage, each session's applications, and the reviewers
/// assigned to an application. Everything starts from <see cref="TrainingScope.ManagedSessions"/>, so another
/// programme's session or application is not found.
/// </summary>
public sealed class ManagerDesk(TrainingDbContextFactory contexts, TimeProvider time)
{
    private static readonly string[] MayManage = [TrainingRoles.Administrator, TrainingRoles.ProgrammeManager];
    private static readonly string[] MayTeach = [.. MayManage, TrainingRoles.Instructor];

    /// <summary>The managed sessions: those still to come first (soonest first), then those begun (latest first).</summary>
    public Task<IReadOnlyList<ManagedSession>> SessionsAsync(Actor actor, string language, CancellationToken cancellationToken) =>
        ListAsync(actor, "manage sessions", MayManage, TrainingScope.ManagedSessions, language, cancellationToken);

    /// <summary>
    /// The sessions the actor teaches or manages (<see cref="TrainingScope.TaughtSessions"/>), ordered as
    /// <see cref="SessionsAsync"/> orders them: an instructor's way to their sessions' pages.
    /// </summary>
    public Task<IReadOnlyList<ManagedSession>> TaughtSessionsAsync(Actor actor, string language, CancellationToken cancellationToken) =>
        ListAsync(actor, "teach sessions", MayTeach, TrainingScope.TaughtSessions, language, cancellationToken);

    private async Task<IReadOnlyList<ManagedSession>> ListAsync(Actor actor, string action, string[] roles,
        Func<TrainingDbContext, Actor, IQueryable<Session>> scope, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require(action, roles);
        await using var context = contexts.Create();
        var sessions = await scope(context, actor).AsNoTracking().ToListAsync(cancellationToken);
        return await DescribeAsync(context, sessions, language, cancellationToken);
    }

    /// <summary>A managed session by its number; null when there is none the actor manages.</summary>
    public async Task<ManagedSession?> SessionAsync(Actor actor, int number, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("manage sessions", MayManage);
        await using var context = contexts.Create();
        var sessions = await TrainingScope.ManagedSessions(context, actor).AsNoTracking().Where(s => s.Number == number).ToListAsync(cancellationToken);
        return (await DescribeAsync(context, sessions, language, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The applications to a managed session, the undecided first, each with its reviews; empty when the session is not the actor's.</summary>
    public async Task<IReadOnlyList<ApplicationSummary>> ApplicationsAsync(Actor actor, int sessionNumber, ApplicationStatus? status,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("manage sessions", MayManage);
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor).Where(s => s.Number == sessionNumber).Select(s => s.Id);
        var applications = context.Applications.Where(a => managed.Contains(a.SessionId));
        if (status is { } only) applications = applications.Where(a => a.Status == only);
        return await SummariesAsync(context, applications, cancellationToken);
    }

    /// <summary>One application of a managed session; null when it is not the actor's to see.</summary>
    public async Task<ApplicationDetail?> ApplicationAsync(Actor actor, int applicationId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("manage sessions", MayManage);
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        var applications = context.Applications.Where(a => a.Id == applicationId && managed.Contains(a.SessionId));
        if (await SummariesAsync(context, applications, cancellationToken) is not [var summary]) return null;
        var found = await (from a in context.Applications
                           where a.Id == applicationId
                           join t in context.Trainees on a.TraineeId equals t.Id
                           join s in context.Sessions on a.SessionId equals s.Id
                           select new { a.Motivation, a.Language, t.Languages, s.ProgrammeId, a.WithdrawnAt, a.WithdrawalReason })
            .SingleAsync(cancellationToken);
        var programme = await context.Programmes.AsNoTracking().Include(p => p.Texts).SingleAsync(p => p.Id == found.ProgrammeId, cancellationToken);
        return new ApplicationDetail(summary, LocalizedTitles.Pick(programme.Texts, language), found.Motivation, found.Languages, found.Language,
            found.WithdrawnAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, found.WithdrawalReason);
    }

    /// <summary>
    /// The personal fields of the applicant behind one application of a managed session, decrypted; null when it is not
    /// the actor's. Only managers and administrators: a reviewer scores without them, a coordinator nominates without
    /// reading them back. The caller records the view in the audit log before showing them.
    /// </summary>
    public async Task<TraineePersonalFields?> PersonalFieldsAsync(Actor actor, int applicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("see applicants' personal fields", MayManage);
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        return await (from a in context.Applications
                      where a.Id == applicationId && managed.Contains(a.SessionId)
                      join t in context.Trainees on a.TraineeId equals t.Id
                      select new TraineePersonalFields(t.Id, t.UserId, t.BirthDate, t.PassportNumber, t.Phone, t.Address))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Assigns a reviewer (an account the host has checked holds the reviewer role) to a managed application; false when it is not the actor's.</summary>
    public async Task<bool> AssignReviewerAsync(Actor actor, int applicationId, string reviewerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(reviewerId);
        actor.Require("assign reviewers", MayManage);
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        if (!await context.Applications.AnyAsync(a => a.Id == applicationId && managed.Contains(a.SessionId), cancellationToken)) return false;
        if (await context.ApplicationReviews.AnyAsync(r => r.ApplicationId == applicationId && r.ReviewerId == reviewerId, cancellationToken)) return true;
        context.ApplicationReviews.Add(new ApplicationReview { ApplicationId = applicationId, ReviewerId = reviewerId, AssignedAt = time.GetUtcNow().UtcDateTime });
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Takes a reviewer off a managed application (with their score, if any); false when it is not the actor's.</summary>
    public async Task<bool> UnassignReviewerAsync(Actor actor, int applicationId, string reviewerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("assign reviewers", MayManage);
        await using var context = contexts.Create();
        var managed = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        if (!await context.Applications.AnyAsync(a => a.Id == applicationId && managed.Contains(a.SessionId), cancellationToken)) return false;
        await context.ApplicationReviews.Where(r => r.ApplicationId == applicationId && r.ReviewerId == reviewerId).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<ManagedSession>> DescribeAsync(TrainingDbContext context, List<Session> sessions, string language,
        CancellationToken cancellationToken)
    {
        var ids = sessions.Select(s => s.Id).ToList();
        var programmeIds = sessions.Select(s => s.ProgrammeId).Distinct().ToList();
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts)
            .Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var counts = await context.Applications.Where(a => ids.Contains(a.SessionId))
            .GroupBy(a => new { a.SessionId, a.Status }).Select(g => new { g.Key.SessionId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var enrolled = await context.Enrolments.Where(e => ids.Contains(e.SessionId) && e.Status != EnrolmentStatus.Withdrawn)
            .GroupBy(e => e.SessionId).Select(g => new { SessionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SessionId, g => g.Count, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return sessions
            .OrderBy(s => s.StartsOn >= today ? 0 : 1)
            .ThenBy(s => s.StartsOn >= today ? s.StartsOn.DayNumber : -s.StartsOn.DayNumber)
            .ThenBy(s => s.Number)
            .Select(s => new ManagedSession(s.Id, s.Number, LocalizedTitles.Pick(programmes[s.ProgrammeId].Texts, language), s.StartsOn, s.EndsOn, s.Mode,
                s.InstructionLanguage, s.Capacity, enrolled.GetValueOrDefault(s.Id),
                counts.Where(c => c.SessionId == s.Id).ToDictionary(c => c.Status, c => c.Count)))
            .ToList();
    }

    private static async Task<IReadOnlyList<ApplicationSummary>> SummariesAsync(TrainingDbContext context, IQueryable<TrainingApplication> applications,
        CancellationToken cancellationToken)
    {
        var rows = await (from a in applications
                          join t in context.Trainees on a.TraineeId equals t.Id
                          join s in context.Sessions on a.SessionId equals s.Id
                          join p in context.Partners on a.NominatedByPartnerId equals p.Id into nominators
                          from p in nominators.DefaultIfEmpty()
                          select new
                          {
                              a.Id,
                              s.Number,
                              t.NativeName,
                              t.LatinName,
                              t.CountryCode,
                              t.Institution,
                              t.Discipline,
                              a.Status,
                              Nominator = p == null ? null : p.LatinName,
                              a.SubmittedAt,
                          })
            .AsNoTracking().ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var reviews = (await context.ApplicationReviews.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.ApplicationId);
        return rows
            .OrderBy(r => r.Status == ApplicationStatus.Submitted ? 0 : r.Status == ApplicationStatus.Waitlisted ? 1 : 2)
            .ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select(r => new ApplicationSummary(r.Id, r.Number, r.NativeName, r.LatinName, r.CountryCode, r.Institution, r.Discipline, r.Status,
                r.Nominator, DateTime.SpecifyKind(r.SubmittedAt, DateTimeKind.Utc),
                reviews[r.Id].OrderBy(v => v.AssignedAt).ThenBy(v => v.ReviewerId, StringComparer.Ordinal)
                    .Select(v => new ApplicationReviewView(v.ReviewerId, v.Score, v.Comment, v.ReviewedAt)).ToList()))
            .ToList();
    }
}
