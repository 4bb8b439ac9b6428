namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// Where an OAI-PMH harvest of one endpoint and set stands: the resumption token of the last page committed (null
/// when no list is in progress) and the datestamp from which the next incremental harvest starts.
/// </summary>
public sealed class HarvestState
{
    /// <summary>Endpoint URL, set and metadata prefix.</summary>
    public required string HarvestKey { get; set; }

    public string? ResumptionToken { get; set; }

    /// <summary>The <c>from</c> of the list in progress, so a resumed list keeps its lower bound.</summary>
    public string? ListFrom { get; set; }

    /// <summary>The responseDate of the first page of the list in progress: where the next list starts once it completes.</summary>
    public string? ListStartedAt { get; set; }

    /// <summary>The repository's responseDate of the last completed list: the next harvest's <c>from</c>.</summary>
    public string? CompletedUntil { get; set; }

    public DateTime UpdatedAt { get; set; }
}
