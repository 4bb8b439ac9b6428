namespace SilkRoad.Training.Trainees;

/// <summary>
/// One person, across every session they apply to or attend. Two keys find the same person again on a later
/// application or import (see <see cref="TraineeIdentity"/>): the e-mail address, and name + birth date + country.
/// </summary>
public sealed class Trainee
{
    public int Id { get; set; }

    /// <summary>The name in the person's own script (Русский, العربية, ไทย …).</summary>
    public required string NativeName { get; set; }

    /// <summary>The name in Latin letters, as in a passport.</summary>
    public required string LatinName { get; set; }

    public DateOnly? BirthDate { get; set; }
    public required string CountryCode { get; set; }
    public string? Institution { get; set; }
    public Gender Gender { get; set; }
    public string? Discipline { get; set; }

    /// <summary>ISO 639-1 codes of the languages the person works in, space-separated (<c>en ru</c>).</summary>
    public string Languages { get; set; } = "";

    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>Passport or national ID number, as the invitation letter for a visa quotes it.</summary>
    public string? PassportNumber { get; set; }

    /// <summary>Postal address, free text over several lines.</summary>
    public string? Address { get; set; }

    /// <summary>The folded e-mail address (<see cref="TraineeIdentity.EmailKey"/>); unique when present.</summary>
    public string? EmailKey { get; set; }

    /// <summary>Folded Latin name, birth date and country (<see cref="TraineeIdentity.PersonKey"/>); unique when present.</summary>
    public string? PersonKey { get; set; }

    /// <summary>The account of the person themselves, once they have one: a trainee sees only the record linked to them.</summary>
    public string? UserId { get; set; }

    /// <summary>Listed in the alumni directory (name, country, institution, sessions) — only when the person has said yes.</summary>
    public bool AlumniOptIn { get; set; }
}
