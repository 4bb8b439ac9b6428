namespace SilkRoad.Training.Programmes;

/// <summary>A course of a topic, taught in sessions' schedules; its materials are links (catalogue resources, videos).</summary>
public sealed class Course
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public required string Code { get; set; }
    public required string Instructor { get; set; }
    public int Hours { get; set; }
    public string? MaterialsUrl { get; set; }
    public List<LocalizedTitle> Texts { get; set; } = [];
}
