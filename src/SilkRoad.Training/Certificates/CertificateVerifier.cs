using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Certificates;

/// <summary>Looks up a certificate by the code a person typed or scanned, for anyone: no sign-in is needed to verify.</summary>
public sealed class CertificateVerifier(TrainingDbContextFactory contexts)
{
    /// <param name="language">The language to name the programme in (falls back to English).</param>
    public async Task<CertificateVerification> VerifyAsync(string? text, string language, CancellationToken cancellationToken)
    {
        if (!CertificateCode.TryNormalize(text, out var code)) return new CertificateVerification(CertificateVerificationStatus.Malformed, null);
        await using var context = contexts.Create();
        var found = await (from c in context.Certificates
                           where c.Code == code
                           join e in context.Enrolments on c.EnrolmentId equals e.Id
                           join t in context.Trainees on e.TraineeId equals t.Id
                           join s in context.Sessions on e.SessionId equals s.Id
                           select new { Certificate = c, Trainee = t, Session = s })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (found is null) return new CertificateVerification(CertificateVerificationStatus.Unknown, code);
        var programme = await context.Programmes.AsNoTracking().Include(p => p.Texts).SingleAsync(p => p.Id == found.Session.ProgrammeId, cancellationToken);
        var topic = await context.Topics.AsNoTracking().Include(t => t.Texts).SingleAsync(t => t.Id == programme.TopicId, cancellationToken);
        var certificate = found.Certificate;
        return new CertificateVerification(
            certificate.Status == CertificateStatus.Revoked ? CertificateVerificationStatus.Revoked : CertificateVerificationStatus.Valid,
            code,
            found.Trainee.NativeName,
            found.Trainee.LatinName,
            found.Trainee.CountryCode,
            found.Session.Number,
            programme.Code,
            LocalizedTitles.Pick(programme.Texts, language),
            LocalizedTitles.Pick(topic.Texts, language),
            found.Session.StartsOn,
            found.Session.EndsOn,
            found.Session.InstructionLanguage,
            DateTime.SpecifyKind(certificate.IssuedAt, DateTimeKind.Utc),
            certificate.RevokedAt is { } revoked ? DateTime.SpecifyKind(revoked, DateTimeKind.Utc) : null,
            certificate.RevocationReason);
    }
}
