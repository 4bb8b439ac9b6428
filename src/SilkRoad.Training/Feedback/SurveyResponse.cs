namespace SilkRoad.Training.Feedback;

/// <summary>One enrolled trainee's answer to their session's feedback survey: one per enrolment, ratings 1–5 per <see cref="SurveyQuestion"/>.</summary>
public sealed class SurveyResponse
{
    public const int MaxCommentLength = SurveyAnswers.MaxCommentLength;

    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public DateTime SubmittedAt { get; set; }
    public int Content { get; set; }
    public int Instruction { get; set; }
    public int Organisation { get; set; }
    public int Usefulness { get; set; }
    public string? Comment { get; set; }

    public int RatingOf(SurveyQuestion question) => question switch
    {
        SurveyQuestion.Content => Content,
        SurveyQuestion.Instruction => Instruction,
        SurveyQuestion.Organisation => Organisation,
        _ => Usefulness,
    };
}
