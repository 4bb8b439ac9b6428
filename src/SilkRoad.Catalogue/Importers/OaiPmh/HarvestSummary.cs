namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>What a harvest did: pages fetched, and what importing their records did.</summary>
public sealed class HarvestSummary(bool resumed, string? from)
{
    /// <summary>The harvest continued a list an earlier run had begun.</summary>
    public bool Resumed { get; } = resumed;

    /// <summary>The lower datestamp the list was asked for, if any.</summary>
    public string? From { get; } = from;

    public int Pages { get; set; }

    public long? CompleteListSize { get; set; }

    public ImportSummary Records { get; } = new();

    public override string ToString() =>
        $"{Pages} page(s){(Resumed ? " (resumed)" : "")}{(From is null ? "" : $" from {From}")}: {Records}";
}
