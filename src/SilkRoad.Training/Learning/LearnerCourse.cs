namespace SilkRoad.Training.Learning;

/// <summary>A trainee's own view of one session's online course: its materials (seen or not), its quiz, and whether they have answered the survey.</summary>
public sealed record LearnerCourse(
    LearnerSession Session,
    IReadOnlyList<MaterialEntry> Materials,
    IReadOnlyList<LearnerQuestion> Questions,
    bool SurveyAnswered)
{
    public int MaterialsSeen => Materials.Count(m => m.Seen);

    public int QuizCorrect => Questions.Count(q => q.Correct == true);
}
