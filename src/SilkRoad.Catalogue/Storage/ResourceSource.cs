namespace SilkRoad.Catalogue.Storage;

/// <summary>Provenance: one source record that a resource was built from.</summary>
public sealed class ResourceSource
{
    public required string Source { get; set; }
    public required string RecordId { get; set; }
    public long ResourceId { get; set; }

    /// <summary>Hash of the record as last read, so a re-import of an unchanged record changes nothing.</summary>
    public required string Fingerprint { get; set; }

    public DateTime ImportedAt { get; set; }

    /// <summary>
    /// The document this source alone makes, kept only while the resource has several sources, so that when one of
    /// them changes or is withdrawn the resource is rebuilt from the others instead of keeping what it brought.
    /// </summary>
    public string? Document { get; set; }
}
