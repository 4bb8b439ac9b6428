using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Cohorts;

/// <summary>The person a valid row describes, normalised: country as ISO code, keys as <see cref="TraineeIdentity"/> folds them.</summary>
public sealed record CohortPerson(
    string NativeName,
    string LatinName,
    string? Email,
    string CountryCode,
    DateOnly? BirthDate,
    Gender Gender,
    string? Institution,
    string? Discipline,
    string? PassportNumber,
    string? Address)
{
    public string? EmailKey => TraineeIdentity.EmailKey(Email);

    public string? PersonKey => TraineeIdentity.PersonKey(LatinName, BirthDate, CountryCode);

    public Trainee ToTrainee() => new()
    {
        NativeName = NativeName,
        LatinName = LatinName,
        Email = Email,
        CountryCode = CountryCode,
        BirthDate = BirthDate,
        Gender = Gender,
        Institution = Institution,
        Discipline = Discipline,
        PassportNumber = PassportNumber,
        Address = Address,
        EmailKey = EmailKey,
        PersonKey = PersonKey,
    };
}
