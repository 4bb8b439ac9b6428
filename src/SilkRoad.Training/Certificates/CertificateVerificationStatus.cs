namespace SilkRoad.Training.Certificates;

public enum CertificateVerificationStatus
{
    /// <summary>The code belongs to a certificate that stands.</summary>
    Valid,

    /// <summary>The code belongs to a certificate that was withdrawn; the reason is given.</summary>
    Revoked,

    /// <summary>The code is well formed, but no certificate has it.</summary>
    Unknown,

    /// <summary>The text cannot be a code at all (wrong length, a letter outside the alphabet).</summary>
    Malformed,
}
