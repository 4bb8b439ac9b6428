namespace SilkRoad.Catalogue.Importers;

/// <summary>What an import did. Every record read ends in exactly one of the outcome counts.</summary>
public sealed class ImportSummary
{
    private const int KeptErrors = 100;

    /// <summary>Records read from the input(s), good or bad (not counting those skipped on resume).</summary>
    public long Read { get; set; }

    /// <summary>Records that became a new resource.</summary>
    public long New { get; set; }

    /// <summary>Records of another source (or another record id) that merged into an existing resource: duplicates.</summary>
    public long Merged { get; set; }

    /// <summary>Records seen before whose content changed and added to their resource.</summary>
    public long Updated { get; set; }

    /// <summary>Records seen before, unchanged: a re-import.</summary>
    public long Unchanged { get; set; }

    /// <summary>Withdrawn records (OAI-PMH deletions) that removed a source from a resource.</summary>
    public long Deleted { get; set; }

    /// <summary>Malformed records, each reported with its position and reason.</summary>
    public long Rejected { get; set; }

    /// <summary>Records skipped because an interrupted run had already committed them.</summary>
    public long Resumed { get; set; }

    /// <summary>A dry run: records were read and checked, nothing was stored.</summary>
    public bool DryRun { get; init; }

    /// <summary>In a dry run, the records that would have been stored.</summary>
    public long Checked { get; set; }

    /// <summary>The first errors (all are reported as they happen; only these are kept).</summary>
    public List<ImportError> Errors { get; } = [];

    public void Reject(ImportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Rejected++;
        if (Errors.Count < KeptErrors) Errors.Add(error);
    }

    public void Add(ImportSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Read += other.Read;
        New += other.New;
        Merged += other.Merged;
        Updated += other.Updated;
        Unchanged += other.Unchanged;
        Deleted += other.Deleted;
        Rejected += other.Rejected;
        Resumed += other.Resumed;
        Checked += other.Checked;
        foreach (var error in other.Errors.Take(KeptErrors - Errors.Count)) Errors.Add(error);
    }

    public override string ToString() => DryRun
        ? $"read {Read:N0}, valid {Checked:N0}, rejected {Rejected:N0} (dry run: nothing stored)"
        : $"read {Read:N0}, new {New:N0}, merged {Merged:N0}, updated {Updated:N0}, unchanged {Unchanged:N0}, " +
        $"deleted {Deleted:N0}, rejected {Rejected:N0}" + (Resumed > 0 ? $", resumed after {Resumed:N0}" : "");
}
