namespace SilkRoad.Web.Api;

/// <summary>
/// The headline figures of the whole system (<c>GET /api/stats</c>): the catalogue's resources by type and language,
/// its experts (distinct contributors; null until first counted), the countries reached (those the catalogue's
/// resources are about or come from, and those trainees come from), and the training base's figures.
/// </summary>
public sealed record SystemStats(
    long Resources,
    IReadOnlyDictionary<string, long> ResourcesByType,
    IReadOnlyDictionary<string, long> ResourcesByLanguage,
    long? Experts,
    long CountriesReached,
    long Topics,
    long Courses,
    long Programmes,
    long Sessions,
    long Trainees,
    long TraineeCountries,
    long PartnerInstitutions,
    long PartnerCountries,
    long CertificatesIssued);
