namespace SilkRoad.Training.Applications;

/// <summary>
/// What an applicant sends for a session's call, as typed: every field a string (a date that does not parse is a
/// problem to name, not an exception). <see cref="Languages"/> are ISO 639-1 codes separated by spaces or commas.
/// </summary>
public sealed class ApplicationForm
{
    public int SessionNumber { get; set; }
    public string? NativeName { get; set; }
    public string? LatinName { get; set; }
    public string? BirthDate { get; set; }
    public string? Country { get; set; }
    public string? Gender { get; set; }
    public string? Institution { get; set; }
    public string? Discipline { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? PassportNumber { get; set; }
    public string? Address { get; set; }
    public string? Languages { get; set; }
    public string? Motivation { get; set; }
}
