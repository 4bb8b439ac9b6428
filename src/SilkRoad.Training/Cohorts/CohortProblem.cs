namespace SilkRoad.Training.Cohorts;

/// <summary>One problem of a cohort file: the row's number (0 for the file as a whole), the column and what is wrong.</summary>
public sealed record CohortProblem(int Row, CohortColumn Column, CohortProblemCode Code);
