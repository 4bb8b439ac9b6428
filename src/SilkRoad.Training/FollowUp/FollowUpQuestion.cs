namespace SilkRoad.Training.FollowUp;

/// <summary>The yes/no questions of the follow-up survey, the same for every session so that sessions compare. Pages name each (<c>FollowUp.Question.{name}</c>).</summary>
public enum FollowUpQuestion
{
    StillInField,
    AppliedLearning,
    Promoted,
    WouldRecommend,
}
