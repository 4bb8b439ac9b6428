namespace SilkRoad.Training.Certificates;

/// <summary>
/// What a certificate PDF says, already in its language (the session's language of instruction): a heading, the
/// holder's name, the lines about the programme and session, and the code with the verification URL its QR code holds.
/// </summary>
public sealed record CertificatePdfContent(
    string Language,
    string Heading,
    string HolderName,
    IReadOnlyList<string> Lines,
    string Code,
    Uri VerifyUrl);
