namespace SilkRoad.Training.Feedback;

public enum SurveyOutcome
{
    Saved,
    AlreadyAnswered,
    Invalid,
    NotFound,
}
