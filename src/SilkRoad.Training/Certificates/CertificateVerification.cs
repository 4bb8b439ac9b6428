namespace SilkRoad.Training.Certificates;

/// <summary>
/// What the public verification page and API show for a code: enough to confirm a certificate (whose, which session,
/// when) and nothing more of the person (no e-mail, birth date or contact). Everything but <see cref="Status"/> and
/// <see cref="Code"/> is null for an unknown or malformed code.
/// </summary>
public sealed record CertificateVerification(
    CertificateVerificationStatus Status,
    string? Code,
    string? Name = null,
    string? LatinName = null,
    string? CountryCode = null,
    int? SessionNumber = null,
    string? ProgrammeCode = null,
    string? ProgrammeTitle = null,
    string? TopicTitle = null,
    DateOnly? SessionStartsOn = null,
    DateOnly? SessionEndsOn = null,
    string? InstructionLanguage = null,
    DateTime? IssuedAt = null,
    DateTime? RevokedAt = null,
    string? RevocationReason = null);
