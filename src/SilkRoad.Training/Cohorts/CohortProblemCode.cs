namespace SilkRoad.Training.Cohorts;

/// <summary>What is wrong with a cohort file or one of its rows. Pages name each in the user's language (<c>Cohort.Problem.{code}</c>).</summary>
public enum CohortProblemCode
{
    NotReadable,
    TooLarge,
    TooManyRows,
    NoRows,
    MissingColumn,
    MissingName,
    NotLatinScript,
    TooLong,
    MissingCountry,
    UnknownCountry,
    BadEmail,
    BadBirthDate,
    BadGender,
    BadPassportNumber,
    DuplicateInFile,
    AlreadyEnrolled,
    OverCapacity,
}
