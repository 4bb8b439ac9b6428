using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Learning;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Feedback;

/// <summary>
/// The feedback survey of a session: each trainee enrolled in it answers once, for their own enrolment only (a second
/// answer is refused, also when two arrive at once: the enrolment is unique among the responses); staff read the
/// mean of each question and the comments, not who said what.
/// </summary>
public sealed class FeedbackSurvey(TrainingDbContextFactory contexts, TimeProvider time)
{
    public async Task<SurveyOutcome> SubmitAsync(Actor actor, int sessionId, SurveyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var context = contexts.Create();
        return await SurveyAnswers.SubmitOnceAsync(context, OnlineLearning.OwnEnrolments(context, actor), sessionId, input.IsValid, enrolment => new SurveyResponse
        {
            EnrolmentId = enrolment,
            SubmittedAt = time.GetUtcNow().UtcDateTime,
            Content = input.Content,
            Instruction = input.Instruction,
            Organisation = input.Organisation,
            Usefulness = input.Usefulness,
            Comment = SurveyAnswers.Comment(input.Comment),
        }, cancellationToken);
    }

    /// <summary>The summary of a session's answers. Callers scope the session first.</summary>
    public static async Task<SurveySummary> SummaryAsync(TrainingDbContext context, int sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var responses = await context.SurveyResponses.AsNoTracking()
            .Where(r => context.Enrolments.Any(e => e.Id == r.EnrolmentId && e.SessionId == sessionId))
            .OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken);
        var means = Enum.GetValues<SurveyQuestion>().ToDictionary(q => q,
            q => responses.Count == 0 ? (double?)null : responses.Average(r => r.RatingOf(q)));
        return new SurveySummary(responses.Count, means, responses.Select(r => r.Comment).OfType<string>().ToList());
    }
}
