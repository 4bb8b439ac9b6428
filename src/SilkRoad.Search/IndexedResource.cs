using SilkRoad.Catalogue.Resources;

namespace SilkRoad.Search;

/// <summary>
/// What the index holds about one resource: its document and where it came from. A withdrawn resource
/// (<see cref="Withdrawn"/>) is removed from the index.
/// </summary>
/// <param name="SourceRecords">The source records merged into it (<c>openalex:W123</c> style source and id).</param>
public sealed record IndexedResource(
    long Id,
    ResourceDocument Document,
    IReadOnlyList<SourceRecordRef> SourceRecords,
    bool Withdrawn = false);

/// <summary>One source record of a resource: the source's name (file name or repository) and its record id there.</summary>
public readonly record struct SourceRecordRef(string Source, string RecordId);
