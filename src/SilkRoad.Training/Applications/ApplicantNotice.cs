namespace SilkRoad.Training.Applications;

/// <summary>
/// What the applicant is told of a decision, and where: their address, the language they applied in (English for
/// applications recorded before it was kept), their names, the session in that language, and the status now.
/// </summary>
public sealed record ApplicantNotice(
    int ApplicationId,
    ApplicationStatus Status,
    string Email,
    string Language,
    string NativeName,
    string LatinName,
    int SessionNumber,
    string ProgrammeTitle,
    DateOnly StartsOn,
    DateOnly EndsOn);
