namespace SilkRoad.Training.Feedback;

/// <summary>A session's survey as staff read it: how many answered, the mean rating per question (null before anyone has), and the comments.</summary>
public sealed record SurveySummary(int Responses, IReadOnlyDictionary<SurveyQuestion, double?> Means, IReadOnlyList<string> Comments);
