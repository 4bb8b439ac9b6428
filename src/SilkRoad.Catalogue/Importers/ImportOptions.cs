namespace SilkRoad.Catalogue.Importers;

/// <summary>How an import runs. The defaults suit both the CLI and a background job.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>
    /// Records per transaction. Larger batches amortise commits and lookups (Marten's bulk insert uses 1,000); each
    /// batch's documents are held in memory, so memory grows with it, not with the file.
    /// </summary>
    public int BatchSize { get; set; } = 1000;
}
