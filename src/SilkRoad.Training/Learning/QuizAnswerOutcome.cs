namespace SilkRoad.Training.Learning;

public enum QuizAnswerOutcome
{
    Correct,
    Wrong,
    AlreadyAnswered,
    NotFound,
}
