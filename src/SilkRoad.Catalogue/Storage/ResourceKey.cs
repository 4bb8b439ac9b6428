namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// A deduplication key that belongs to exactly one resource: a uniquely identifying identifier (<c>doi:10.1/x</c>) or
/// a near-duplicate key (<c>match:…</c>, from title, year and first author). A record that brings a known key merges
/// into that resource.
/// </summary>
public sealed class ResourceKey
{
    public required string Key { get; set; }
    public long ResourceId { get; set; }
}
