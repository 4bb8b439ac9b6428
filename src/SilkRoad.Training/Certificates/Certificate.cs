namespace SilkRoad.Training.Certificates;

/// <summary>The certificate of one completed enrolment, found by its public <see cref="Code"/> on the verification page.</summary>
public sealed class Certificate
{
    public int Id { get; set; }

    /// <summary>The code printed on the certificate, in its canonical form (see <see cref="CertificateCode"/>); unique.</summary>
    public required string Code { get; set; }

    public int EnrolmentId { get; set; }
    public DateTime IssuedAt { get; set; }
    public required string IssuedBy { get; set; }
    public CertificateStatus Status { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevocationReason { get; set; }
}
