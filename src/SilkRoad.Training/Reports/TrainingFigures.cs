namespace SilkRoad.Training.Reports;

/// <summary>The training base's headline figures. <see cref="Trainees"/> and <see cref="TraineeCountries"/> count people with an enrolment that was not withdrawn.</summary>
/// <param name="TraineeCountryCodes">The ISO 3166-1 alpha-2 codes of the trainees' countries, in order.</param>
public sealed record TrainingFigures(
    long Topics,
    long Courses,
    long Programmes,
    long Sessions,
    long Trainees,
    IReadOnlyList<string> TraineeCountryCodes,
    long PartnerInstitutions,
    long PartnerCountries,
    long CertificatesIssued)
{
    public long TraineeCountries => TraineeCountryCodes.Count;
}
