using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Certificates;

/// <summary>
/// Issues and revokes certificates. Only an administrator or a programme manager may; a certificate is issued for a
/// completed enrolment only, once (issuing again returns the code already given), and is never deleted: a revoked one
/// stays, with who revoked it, when and why, so that its verification page says so.
/// </summary>
public sealed class CertificateIssuer(TrainingDbContextFactory contexts, TimeProvider time)
{
    public const int MaxReasonLength = 1000;

    private static readonly string[] MayIssue = [TrainingRoles.Administrator, TrainingRoles.ProgrammeManager];

    public async Task<CertificateIssueResult> IssueAsync(Actor actor, int enrolmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("issue certificates", MayIssue);
        await using var context = contexts.Create();
        var enrolment = await ManagedEnrolments(context, actor).AsNoTracking().SingleOrDefaultAsync(e => e.Id == enrolmentId, cancellationToken);
        if (enrolment is null) return new CertificateIssueResult(CertificateIssueOutcome.EnrolmentNotFound, null);
        var existing = await context.Certificates.Where(c => c.EnrolmentId == enrolmentId).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null) return new CertificateIssueResult(CertificateIssueOutcome.AlreadyIssued, existing);
        if (enrolment.Status != EnrolmentStatus.Completed) return new CertificateIssueResult(CertificateIssueOutcome.NotCompleted, null);
        var certificate = New(actor, enrolmentId);
        context.Certificates.Add(certificate);
        await context.SaveChangesAsync(cancellationToken);
        return new CertificateIssueResult(CertificateIssueOutcome.Issued, certificate.Code);
    }

    /// <summary>Issues a certificate to every completed enrolment of a session that has none yet; returns how many were issued.</summary>
    public async Task<int> IssueForSessionAsync(Actor actor, int sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("issue certificates", MayIssue);
        await using var context = contexts.Create();
        if (!await TrainingScope.ManagedSessions(context, actor).AnyAsync(s => s.Id == sessionId, cancellationToken))
            throw new TrainingAccessDeniedException(actor.UserId, "issue certificates for session " + sessionId);
        var pending = await context.Enrolments
            .Where(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Completed && !context.Certificates.Any(c => c.EnrolmentId == e.Id))
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        context.Certificates.AddRange(pending.Select(id => New(actor, id)));
        await context.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }

    public async Task<CertificateRevokeOutcome> RevokeAsync(Actor actor, string code, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("revoke certificates", MayIssue);
        if (string.IsNullOrWhiteSpace(reason)) return CertificateRevokeOutcome.ReasonMissing;
        if (!CertificateCode.TryNormalize(code, out var canonical)) return CertificateRevokeOutcome.UnknownCode;
        await using var context = contexts.Create();
        var enrolments = ManagedEnrolments(context, actor).Select(e => e.Id);
        var certificate = await context.Certificates.Where(c => enrolments.Contains(c.EnrolmentId))
            .SingleOrDefaultAsync(c => c.Code == canonical, cancellationToken);
        if (certificate is null) return CertificateRevokeOutcome.UnknownCode;
        if (certificate.Status == CertificateStatus.Revoked) return CertificateRevokeOutcome.AlreadyRevoked;
        certificate.Status = CertificateStatus.Revoked;
        certificate.RevokedAt = time.GetUtcNow().UtcDateTime;
        certificate.RevokedBy = actor.UserId;
        var trimmed = reason.Trim();
        certificate.RevocationReason = trimmed.Length > MaxReasonLength ? trimmed[..MaxReasonLength] : trimmed;
        await context.SaveChangesAsync(cancellationToken);
        return CertificateRevokeOutcome.Revoked;
    }

    // A certificate of a session outside the actor's programmes reads as unknown.
    private static IQueryable<Enrolment> ManagedEnrolments(TrainingDbContext context, Actor actor)
    {
        var sessions = TrainingScope.ManagedSessions(context, actor).Select(s => s.Id);
        return context.Enrolments.Where(e => sessions.Contains(e.SessionId));
    }

    private Certificate New(Actor actor, int enrolmentId) => new()
    {
        Code = CertificateCode.New(),
        EnrolmentId = enrolmentId,
        IssuedAt = time.GetUtcNow().UtcDateTime,
        IssuedBy = actor.UserId,
        Status = CertificateStatus.Valid,
    };
}
