namespace SilkRoad.Training.Programmes;

/// <summary>A country a session is meant for (ISO 3166-1 alpha-2).</summary>
public sealed class SessionCountry
{
    public int SessionId { get; set; }
    public required string CountryCode { get; set; }
}
