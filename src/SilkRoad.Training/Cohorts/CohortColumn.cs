namespace SilkRoad.Training.Cohorts;

/// <summary>The columns of a cohort file, by their header names in <see cref="CohortColumns"/>; <see cref="File"/> for the file as a whole.</summary>
public enum CohortColumn
{
    File,
    NativeName,
    LatinName,
    Email,
    Country,
    BirthDate,
    Gender,
    Institution,
    Discipline,
    PassportNumber,
    Address,
}
