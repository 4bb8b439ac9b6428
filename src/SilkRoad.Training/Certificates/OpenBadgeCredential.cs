using System.Globalization;
using System.Text.Json.Nodes;

namespace SilkRoad.Training.Certificates;

/// <summary>
/// A certificate as an Open Badges 3.0 credential (1EdTech OB 3.0 on the W3C Verifiable Credentials 2.0 data model),
/// for the holder to keep in a wallet or a profile. It is unsigned (no <c>proof</c>): its <c>id</c> is the
/// verification URL, which stays the authority — a revoked certificate has no badge, and its page says why.
/// The recipient is named by an identity object of type <c>name</c>, not by e-mail, so the file says no more about the
/// person than the public verification page does.
/// </summary>
public static class OpenBadgeCredential
{
    public const string MediaType = "application/ld+json";

    /// <param name="verification">A <see cref="CertificateVerificationStatus.Valid"/> certificate.</param>
    /// <param name="origin">The portal's origin, e.g. <c>https://training.example.org</c>.</param>
    /// <param name="issuerName">The base's name in the certificate's language.</param>
    public static JsonObject Create(CertificateVerification verification, Uri origin, string issuerName)
    {
        ArgumentNullException.ThrowIfNull(verification);
        ArgumentNullException.ThrowIfNull(origin);
        if (verification.Status != CertificateVerificationStatus.Valid)
            throw new ArgumentException("Only a valid certificate is a badge.", nameof(verification));
        var root = origin.GetLeftPart(UriPartial.Authority);
        var language = verification.InstructionLanguage ?? "en";
        var title = verification.ProgrammeTitle ?? "";
        var session = verification.SessionNumber?.ToString(CultureInfo.InvariantCulture) ?? "";
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = $"{root}/{language}/verify/{verification.Code}",
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject
            {
                ["id"] = root + "/",
                ["type"] = new JsonArray("Profile"),
                ["name"] = issuerName,
            },
            ["validFrom"] = verification.IssuedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["name"] = title,
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["identityType"] = "name",
                    ["hashed"] = false,
                    ["identityHash"] = verification.LatinName,
                }),
                ["achievement"] = new JsonObject
                {
                    ["id"] = $"{root}/api/training/programmes/{verification.ProgrammeCode}",
                    ["type"] = new JsonArray("Achievement"),
                    ["achievementType"] = "Certificate",
                    ["name"] = title,
                    ["description"] = $"{title} — session {session}, {verification.SessionStartsOn:yyyy-MM-dd} to {verification.SessionEndsOn:yyyy-MM-dd}.",
                    ["criteria"] = new JsonObject
                    {
                        ["narrative"] = "Attended at least 80% of the session's lectures and site visits.",
                    },
                    ["inLanguage"] = language,
                    ["humanCode"] = verification.Code,
                },
            },
        };
    }
}
