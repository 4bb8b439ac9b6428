namespace SilkRoad.Training.Applications;

/// <summary>A reviewer's assignment to an application and their score and comment, once given.</summary>
public sealed record ApplicationReviewView(string ReviewerId, int? Score, string? Comment, DateTime? ReviewedAt);
