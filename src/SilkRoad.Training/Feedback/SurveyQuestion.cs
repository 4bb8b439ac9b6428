namespace SilkRoad.Training.Feedback;

/// <summary>The rating questions of the feedback survey, the same for every session so that sessions compare. Pages name each (<c>Survey.Question.{name}</c>).</summary>
public enum SurveyQuestion
{
    Content,
    Instruction,
    Organisation,
    Usefulness,
}
