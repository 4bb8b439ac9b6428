namespace SilkRoad.Training.Applications;

/// <summary>The fields of <see cref="ApplicationForm"/> a problem can be about; <see cref="Session"/> for the call itself.</summary>
public enum ApplicationField
{
    Session,
    NativeName,
    LatinName,
    BirthDate,
    Country,
    Gender,
    Institution,
    Discipline,
    Email,
    Phone,
    PassportNumber,
    Address,
    Languages,
    Motivation,
}
