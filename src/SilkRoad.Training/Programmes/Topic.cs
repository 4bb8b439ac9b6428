namespace SilkRoad.Training.Programmes;

/// <summary>An offline teaching topic (e.g. new energy, water resources) that courses and programmes belong to.</summary>
public sealed class Topic
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public List<LocalizedTitle> Texts { get; set; } = [];
}
