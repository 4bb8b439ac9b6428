namespace SilkRoad.Training.Learning;

/// <summary>A trainee's answer to one quiz question. The first answer counts: a quiz is not retaken until it is right.</summary>
public sealed class QuizAnswer
{
    public int EnrolmentId { get; set; }
    public int QuestionId { get; set; }
    public int ChosenOption { get; set; }
    public bool Correct { get; set; }
    public DateTime AnsweredAt { get; set; }
}
