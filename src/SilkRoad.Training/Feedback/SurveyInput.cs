namespace SilkRoad.Training.Feedback;

/// <summary>A survey as a trainee fills it in: a rating from 1 to 5 for each <see cref="SurveyQuestion"/>, and a comment if they wish.</summary>
public sealed class SurveyInput
{
    public int Content { get; set; }
    public int Instruction { get; set; }
    public int Organisation { get; set; }
    public int Usefulness { get; set; }
    public string? Comment { get; set; }

    public bool IsValid =>
        new[] { Content, Instruction, Organisation, Usefulness }.All(r => r is >= 1 and <= 5)
        && SurveyAnswers.CommentFits(Comment);
}
