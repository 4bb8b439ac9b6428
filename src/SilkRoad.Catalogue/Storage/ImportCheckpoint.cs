namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// How far an import of one input has committed. Written in the same transaction as each batch, so an import killed
/// at any moment resumes after the last committed record; removed when the input is done.
/// </summary>
public sealed class ImportCheckpoint
{
    /// <summary>Identifies the input: format, file name, length and a hash of its first bytes.</summary>
    public required string InputKey { get; set; }

    public long RecordsCommitted { get; set; }

    /// <summary>Records rejected up to the checkpoint, so a resumed import still reports them in its totals.</summary>
    public long RecordsRejected { get; set; }
    public DateTime UpdatedAt { get; set; }
}
