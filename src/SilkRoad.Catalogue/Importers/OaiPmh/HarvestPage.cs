namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>One ListRecords response of a harvest, to be committed before the next page is asked for.</summary>
/// <param name="Records">The page's records and per-record errors, in document order.</param>
/// <param name="ResumptionToken">The token that continues after this page; null when the list is complete.</param>
/// <param name="ResponseDate">The repository's responseDate for this page (UTC, OAI-PMH 2.0 §3.3.2).</param>
public sealed record HarvestPage(List<ParseResult> Records, string? ResumptionToken, string? ResponseDate)
{
    /// <summary>The size of the whole list when the repository states it (resumptionToken completeListSize).</summary>
    public long? CompleteListSize { get; init; }

    /// <summary>
    /// The responseDate of the list's first page when this harvest asked for it; null when the harvest resumed a list
    /// from a token, since the first page was then fetched by an earlier run. The next incremental harvest starts
    /// from it: records changed while the list was being paged are then picked up again, never missed.
    /// </summary>
    public string? ListStartedAt { get; init; }
}
