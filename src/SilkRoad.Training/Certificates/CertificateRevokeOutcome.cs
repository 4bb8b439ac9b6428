namespace SilkRoad.Training.Certificates;

public enum CertificateRevokeOutcome
{
    Revoked,
    AlreadyRevoked,
    UnknownCode,
    ReasonMissing,
}
