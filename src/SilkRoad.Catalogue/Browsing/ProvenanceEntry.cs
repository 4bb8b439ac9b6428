namespace SilkRoad.Catalogue.Browsing;

/// <summary>One source record a resource was built from, and when it was last imported (UTC).</summary>
public sealed record ProvenanceEntry(string Source, string RecordId, DateTime ImportedAt);
