namespace SilkRoad.Training.Learning;

/// <summary>A multiple-choice question of a session's short quiz: options one per line, <see cref="CorrectOption"/> counted from 0.</summary>
public sealed class QuizQuestion
{
    public const int MaxTextLength = 1000;
    public const int MaxOptions = 6;

    public int Id { get; set; }
    public int SessionId { get; set; }
    public required string Text { get; set; }

    /// <summary>The choices, one per line.</summary>
    public required string Options { get; set; }

    public int CorrectOption { get; set; }
    public int Position { get; set; }

    public IReadOnlyList<string> OptionList => Options.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
