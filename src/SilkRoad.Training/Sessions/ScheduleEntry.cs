using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Sessions;

/// <summary>One item of a session's schedule as staff see it: the course's title in the reader's language, or the site visit's.</summary>
public sealed record ScheduleEntry(int Id, DateOnly Day, ScheduleItemKind Kind, string Title, string? Place);
