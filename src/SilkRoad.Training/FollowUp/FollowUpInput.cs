using SilkRoad.Training.Feedback;

namespace SilkRoad.Training.FollowUp;

/// <summary>A follow-up survey as an alumnus fills it in: yes or no to each <see cref="FollowUpQuestion"/>, and a comment if they wish.</summary>
public sealed class FollowUpInput
{
    public bool? StillInField { get; set; }
    public bool? AppliedLearning { get; set; }
    public bool? Promoted { get; set; }
    public bool? WouldRecommend { get; set; }
    public string? Comment { get; set; }

    public bool IsValid =>
        new[] { StillInField, AppliedLearning, Promoted, WouldRecommend }.All(a => a is not null) && SurveyAnswers.CommentFits(Comment);
}
