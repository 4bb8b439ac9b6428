namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>
/// What to harvest: a repository's base URL, the metadata format, and optionally a set and a lower datestamp.
/// With a <see cref="ResumptionToken"/> the harvest continues a list begun earlier.
/// </summary>
/// <param name="BaseUrl">The repository's OAI-PMH base URL, e.g. <c>https://repository.example.org/oai</c>.</param>
public sealed record OaiPmhHarvestRequest(Uri BaseUrl)
{
    public string MetadataPrefix { get; init; } = "oai_dc";

    public string? Set { get; init; }

    /// <summary>
    /// The lower datestamp bound, sent as given: <c>YYYY-MM-DD</c>, or <c>YYYY-MM-DDThh:mm:ssZ</c> when the
    /// repository's Identify granularity allows seconds (OAI-PMH 2.0 §3.3.1; a finer value is a badArgument).
    /// </summary>
    public string? From { get; init; }

    /// <summary>
    /// Continue a list from this token. The request then carries only the verb and the token (OAI-PMH 2.0 §3.5), but
    /// <see cref="From"/> should still hold the list's lower bound so a saved state keeps it.
    /// </summary>
    public string? ResumptionToken { get; init; }

    /// <summary>The provenance source of harvested records: <c>oai:</c> with the base URL's host and path.</summary>
    public string SourceName => "oai:" + BaseUrl.Authority + BaseUrl.AbsolutePath.TrimEnd('/');
}
