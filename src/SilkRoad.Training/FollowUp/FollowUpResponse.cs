namespace SilkRoad.Training.FollowUp;

/// <summary>One completer's answer to their session's follow-up survey: one per enrolment, yes or no per <see cref="FollowUpQuestion"/>.</summary>
public sealed class FollowUpResponse
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public DateTime SubmittedAt { get; set; }
    public bool StillInField { get; set; }
    public bool AppliedLearning { get; set; }
    public bool Promoted { get; set; }
    public bool WouldRecommend { get; set; }
    public string? Comment { get; set; }

    public bool AnswerTo(FollowUpQuestion question) => question switch
    {
        FollowUpQuestion.StillInField => StillInField,
        FollowUpQuestion.AppliedLearning => AppliedLearning,
        FollowUpQuestion.Promoted => Promoted,
        _ => WouldRecommend,
    };
}
