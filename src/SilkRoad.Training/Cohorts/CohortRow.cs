namespace SilkRoad.Training.Cohorts;

/// <summary>One data row of a cohort file as read, every value a string; <see cref="Number"/> is the row's number in the file (the header is row 1).</summary>
public sealed record CohortRow(int Number, IReadOnlyDictionary<CohortColumn, string> Values)
{
    public string? this[CohortColumn column] =>
        Values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
