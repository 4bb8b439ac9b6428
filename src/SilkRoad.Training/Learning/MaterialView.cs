namespace SilkRoad.Training.Learning;

/// <summary>That an enrolled trainee opened a material, and when first: progress and online attendance are counted from it.</summary>
public sealed class MaterialView
{
    public int EnrolmentId { get; set; }
    public int MaterialId { get; set; }
    public DateTime FirstViewedAt { get; set; }
}
