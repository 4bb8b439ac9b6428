namespace SilkRoad.Training.Alumni;

/// <summary>
/// A person as the alumni directory shows them: what they agreed to be listed with (their name in their own script
/// and in Latin letters, country, institution, the sessions they completed), and nothing else: no contact, no birth date.
/// </summary>
public sealed record Alumnus(string NativeName, string LatinName, string CountryCode, string? Institution, IReadOnlyList<AlumnusSession> Sessions);
