using System.ComponentModel.DataAnnotations;

namespace SilkRoad.Catalogue.Importers.OaiPmh;

/// <summary>How politely a harvest waits for a busy repository (OAI-PMH 2.0 §3.1.2.2: 503 with Retry-After).</summary>
public sealed class OaiPmhOptions
{
    public const string Section = "OaiPmh";

    /// <summary>
    /// The longest wait honoured from a Retry-After. A repository asking for more is asked again after this long, so
    /// one overloaded endpoint cannot stall a harvest for hours; a lower value costs more refused requests.
    /// </summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait after a 503 that names no Retry-After (still capped by <see cref="MaxRetryWait"/>).</summary>
    public TimeSpan DefaultRetryWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many 503 answers in a row one request retries before the harvest fails; it can resume later.</summary>
    [Range(0, 100)]
    public int MaxRetries { get; set; } = 5;
}
