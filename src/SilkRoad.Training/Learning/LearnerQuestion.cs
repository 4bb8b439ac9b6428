namespace SilkRoad.Training.Learning;

/// <summary>A quiz question as a trainee sees it: the options, and once answered, their choice and whether it was right (the right answer is never sent before).</summary>
public sealed record LearnerQuestion(int Id, string Text, IReadOnlyList<string> Options, int? Chosen, bool? Correct);
