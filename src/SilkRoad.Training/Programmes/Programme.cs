namespace SilkRoad.Training.Programmes;

/// <summary>A theme (e.g. "New Energy Technologies") that runs as dated <see cref="Session"/>s.</summary>
public sealed class Programme
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public required string Code { get; set; }
    public List<LocalizedTitle> Texts { get; set; } = [];
}
