namespace SilkRoad.Training.Certificates;

/// <summary>What issuing a certificate did; <paramref name="Code"/> is set when the enrolment has a certificate (new or earlier).</summary>
public sealed record CertificateIssueResult(CertificateIssueOutcome Outcome, string? Code);
