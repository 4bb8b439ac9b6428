namespace SilkRoad.Training.Certificates;

public enum CertificateIssueOutcome
{
    Issued,
    AlreadyIssued,
    NotCompleted,
    EnrolmentNotFound,
}
