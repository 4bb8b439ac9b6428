using SilkRoad.Training.Certificates;

namespace SilkRoad.Web.Api;

/// <summary>
/// <c>GET /api/certificates/{code}</c>: <c>status</c> is <c>valid</c> or <c>revoked</c> (with when and why); the
/// holder's names, country, the session and its programme say whose certificate it is.
/// </summary>
public sealed record CertificateResponse(
    string Status,
    string Code,
    string? Name,
    string? LatinName,
    string? Country,
    int? Session,
    string? Programme,
    string? Topic,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? InstructionLanguage,
    DateTime? IssuedAt,
    DateTime? RevokedAt,
    string? RevocationReason)
{
    public static CertificateResponse From(CertificateVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return new CertificateResponse(
            verification.Status == CertificateVerificationStatus.Revoked ? "revoked" : "valid",
            verification.Code ?? "",
            verification.Name,
            verification.LatinName,
            verification.CountryCode,
            verification.SessionNumber,
            verification.ProgrammeTitle,
            verification.TopicTitle,
            verification.SessionStartsOn,
            verification.SessionEndsOn,
            verification.InstructionLanguage,
            verification.IssuedAt,
            verification.RevokedAt,
            verification.RevocationReason);
    }
}
