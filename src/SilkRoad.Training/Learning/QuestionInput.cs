namespace SilkRoad.Training.Learning;

/// <summary>A quiz question as typed: its text, two to <see cref="QuizQuestion.MaxOptions"/> options one per line, and which is right (counted from 1, as people count).</summary>
public sealed class QuestionInput
{
    public string? Text { get; set; }
    public string? Options { get; set; }
    public int CorrectOption { get; set; }
}
