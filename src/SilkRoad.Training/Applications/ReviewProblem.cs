namespace SilkRoad.Training.Applications;

/// <summary>A field of a review refused, and why.</summary>
public sealed record ReviewProblem(ReviewField Field, ReviewProblemCode Code);
