namespace SilkRoad.Training.Programmes;

/// <summary>
/// A name or title with an optional description in one language, tagged with its ISO 639-1 code as the catalogue's
/// values are (<c>zh</c>, <c>en</c>, …). A topic, course or programme has one per language it is written in.
/// </summary>
public sealed class LocalizedTitle
{
    public required string Language { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
}
