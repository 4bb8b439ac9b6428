namespace SilkRoad.Training.Learning;

/// <summary>A course material as pages list it: the title to show (the catalogue's for a resource), where it leads, and whether the reader has seen it.</summary>
public sealed record MaterialEntry(int Id, string Title, long? ResourceId, string? VideoUrl, int? ScheduleItemId, bool Seen);
