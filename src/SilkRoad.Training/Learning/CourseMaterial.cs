namespace SilkRoad.Training.Learning;

/// <summary>
/// One item of a session's online course: a catalogue resource (by its id; the title shown is the catalogue's) or a
/// video URL. A material may belong to a schedule item: in an online session, viewing it counts as attending that item.
/// </summary>
public sealed class CourseMaterial
{
    public const int MaxTitleLength = 300;
    public const int MaxUrlLength = 1000;

    public int Id { get; set; }
    public int SessionId { get; set; }

    /// <summary>The schedule item (day, lecture) the material stands for online; null for extra reading.</summary>
    public int? ScheduleItemId { get; set; }

    /// <summary>The catalogue resource's id, for a link to the catalogue; null for a video.</summary>
    public long? ResourceId { get; set; }

    /// <summary>An http(s) URL of a video; null for a catalogue resource.</summary>
    public string? VideoUrl { get; set; }

    /// <summary>What the manager called it; for a catalogue resource, shown only when the catalogue has no title.</summary>
    public string? Title { get; set; }

    public int Position { get; set; }
}
