namespace SilkRoad.Training.Certificates;

public enum CertificateStatus
{
    Valid,
    Revoked,
}
