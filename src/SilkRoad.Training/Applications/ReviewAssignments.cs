using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Applications;

/// <summary>
/// What a reviewer works from: the applications assigned to them and nothing else (an administrator sees likewise only
/// their own assignments), and their score (0–100) with a comment. Each score given updates the application's
/// <see cref="TrainingApplication.Score"/> to the mean of its reviewers' scores.
/// </summary>
public sealed class ReviewAssignments(TrainingDbContextFactory contexts, TimeProvider time)
{
    public const int MaxCommentLength = 4000;

    private static readonly string[] MayReview = [TrainingRoles.Administrator, TrainingRoles.Reviewer];

    /// <summary>The actor's assignments, those not yet scored first.</summary>
    public async Task<IReadOnlyList<ReviewAssignment>> ListAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("review applications", MayReview);
        await using var context = contexts.Create();
        var assignments = await Assignments(context, actor).ToListAsync(cancellationToken);
        var programmeIds = assignments.Select(a => a.ProgrammeId).Distinct().ToList();
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts)
            .Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return assignments
            .OrderBy(a => a.Score is null ? 0 : 1).ThenBy(a => a.SessionNumber).ThenBy(a => a.ApplicationId)
            .Select(a => new ReviewAssignment(a.ApplicationId, a.SessionNumber, LocalizedTitles.Pick(programmes[a.ProgrammeId].Texts, language),
                a.LatinName, a.CountryCode, a.Institution, a.Discipline, a.Motivation, a.Score, a.Comment))
            .ToList();
    }

    /// <summary>
    /// Records the actor's score and comment on an application assigned to them. Returns null when it is not assigned
    /// to them (as if it did not exist), else the problems with the fields as typed (empty when stored).
    /// </summary>
    public async Task<IReadOnlyList<ReviewProblem>?> ScoreAsync(Actor actor, int applicationId, string? score, string? comment,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("review applications", MayReview);
        await using var context = contexts.Create();
        var review = await context.ApplicationReviews.SingleOrDefaultAsync(r => r.ApplicationId == applicationId && r.ReviewerId == actor.UserId, cancellationToken);
        if (review is null) return null;
        var problems = new List<ReviewProblem>();
        var value = 0;
        if (string.IsNullOrWhiteSpace(score)) problems.Add(new ReviewProblem(ReviewField.Score, ReviewProblemCode.Required));
        else if (!int.TryParse(score.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) || value > 100)
            problems.Add(new ReviewProblem(ReviewField.Score, ReviewProblemCode.NotAScore));
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text?.Length > MaxCommentLength) problems.Add(new ReviewProblem(ReviewField.Comment, ReviewProblemCode.TooLong));
        if (problems.Count > 0) return problems;

        review.Score = value;
        review.Comment = text;
        review.ReviewedAt = time.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        var mean = await context.ApplicationReviews.Where(r => r.ApplicationId == applicationId && r.Score != null).AverageAsync(r => (double)r.Score!.Value, cancellationToken);
        await context.Applications.Where(a => a.Id == applicationId)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Score, (int)Math.Round(mean, MidpointRounding.AwayFromZero)), cancellationToken);
        return [];
    }

    /// <summary>One assignment of the actor's, for the review form; null when the application is not assigned to them.</summary>
    public async Task<ReviewAssignment?> FindAsync(Actor actor, int applicationId, string language, CancellationToken cancellationToken) =>
        (await ListAsync(actor, language, cancellationToken)).FirstOrDefault(a => a.ApplicationId == applicationId);

    private static IQueryable<AssignmentRow> Assignments(TrainingDbContext context, Actor actor) =>
        from r in context.ApplicationReviews
        where r.ReviewerId == actor.UserId
        join a in context.Applications on r.ApplicationId equals a.Id
        join t in context.Trainees on a.TraineeId equals t.Id
        join s in context.Sessions on a.SessionId equals s.Id
        select new AssignmentRow(a.Id, s.Number, s.ProgrammeId, t.LatinName, t.CountryCode, t.Institution, t.Discipline, a.Motivation, r.Score, r.Comment);

    private sealed record AssignmentRow(int ApplicationId, int SessionNumber, int ProgrammeId, string LatinName, string CountryCode,
        string? Institution, string? Discipline, string? Motivation, int? Score, string? Comment);
}
