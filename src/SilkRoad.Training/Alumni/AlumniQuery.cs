namespace SilkRoad.Training.Alumni;

/// <summary>
/// A search of the alumni directory: <see cref="Text"/> found in either name or the institution (case and accents
/// ignored), <see cref="CountryCode"/> an ISO 3166-1 alpha-2 code; <see cref="Page"/> counts from 1.
/// </summary>
public sealed record AlumniQuery(string? Text = null, string? CountryCode = null, int Page = 1, int PageSize = AlumniQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;
}
