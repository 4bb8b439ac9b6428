namespace SilkRoad.Training.Learning;

/// <summary>A material as a manager or instructor types it: a catalogue resource id or a video URL (one of the two), an optional title and schedule item.</summary>
public sealed class MaterialInput
{
    public string? ResourceId { get; set; }
    public string? VideoUrl { get; set; }
    public string? Title { get; set; }
    public int? ScheduleItemId { get; set; }
}
