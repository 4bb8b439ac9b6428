using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Catalogue.Browsing;

/// <summary>
/// One resource as a reader sees it: its document, every source record it came from, and whether it was withdrawn
/// (<see cref="WithdrawnAt"/>, a tombstone whose id is kept). Times are UTC.
/// </summary>
public sealed record ResourceDetails(
    long Id,
    ResourceDocument Document,
    IReadOnlyList<ProvenanceEntry> Sources,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? WithdrawnAt)
{
    public bool Withdrawn => WithdrawnAt is not null;
}
