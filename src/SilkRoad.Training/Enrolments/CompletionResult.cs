namespace SilkRoad.Training.Enrolments;

/// <summary>What applying a completion rule did: how many enrolments it completed now, how many had completed before, how many did not meet it.</summary>
public sealed record CompletionResult(bool Found, int NewlyCompleted, int AlreadyCompleted, int NotMet);
