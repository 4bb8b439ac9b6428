namespace SilkRoad.Training.Programmes;

/// <summary>One entry of a session's schedule: a course's lecture or a site visit, on a day. Attendance is taken per item.</summary>
public sealed class ScheduleItem
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public DateOnly Day { get; set; }
    public ScheduleItemKind Kind { get; set; }

    /// <summary>The course taught, for a <see cref="ScheduleItemKind.Course"/> item.</summary>
    public int? CourseId { get; set; }

    /// <summary>What a site visit is to (a plant, a dam); null for a course.</summary>
    public string? Title { get; set; }

    public string? Place { get; set; }
}
