using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Feedback;

/// <summary>
/// What the feedback and follow-up surveys share: a free comment (trimmed, none when blank, at most
/// <see cref="MaxCommentLength"/>) and one answer per enrolment, kept by a unique index on the enrolment so that a
/// second answer arriving at the same time as the first is refused by the database rather than stored twice.
/// </summary>
internal static class SurveyAnswers
{
    public const int MaxCommentLength = 4000;

    public static bool CommentFits(string? comment) => comment is null || comment.Trim().Length <= MaxCommentLength;

    public static string? Comment(string? comment)
    {
        var trimmed = comment?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>
    /// Records the answer <paramref name="answer"/> makes for the actor's enrolment in the session, found among
    /// <paramref name="eligible"/> (not found otherwise), when <paramref name="valid"/> and not answered before.
    /// <typeparamref name="TResponse"/> has an <c>EnrolmentId</c> with a unique index.
    /// </summary>
    public static async Task<SurveyOutcome> SubmitOnceAsync<TResponse>(TrainingDbContext context, IQueryable<Enrolment> eligible, int sessionId, bool valid,
        Func<int, TResponse> answer, CancellationToken cancellationToken)
        where TResponse : class
    {
        var enrolmentId = await eligible.Where(e => e.SessionId == sessionId).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (enrolmentId is not { } enrolment) return SurveyOutcome.NotFound;
        if (!valid) return SurveyOutcome.Invalid;
        var responses = context.Set<TResponse>();
        if (await responses.AnyAsync(r => EF.Property<int>(r, "EnrolmentId") == enrolment, cancellationToken)) return SurveyOutcome.AlreadyAnswered;
        responses.Add(answer(enrolment));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return SurveyOutcome.AlreadyAnswered;
        }
        return SurveyOutcome.Saved;
    }
}
