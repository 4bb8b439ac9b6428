using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Certificates;
using SilkRoad.Training.DemoData;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Tests.Storage;

namespace SilkRoad.Training.Tests.Certificates;

public sealed class CertificateIssuerTests
{
    private static readonly Actor Manager = Actor.Of("manager-1", TrainingRoles.ProgrammeManager);

    private static async Task<(TrainingTestStore Store, CertificateIssuer Issuer, CertificateVerifier Verifier)> SeededAsync(StorageProvider provider)
    {
        var store = await TrainingTestStore.CreateSeededAsync(provider);
        await store.AssignManagerToAllProgrammesAsync(Manager.UserId);
        return (store, new CertificateIssuer(store.Contexts, TimeProvider.System), new CertificateVerifier(store.Contexts));
    }

    // A session that has run, with completed enrolments, whose certificates are then removed to be issued again.
    private static async Task<int> SessionWithoutCertificatesAsync(TrainingTestStore store)
    {
        await using var context = store.Contexts.Create();
        var sessionId = await context.Sessions.Where(s => s.Number == 120).Select(s => s.Id).SingleAsync();
        await context.Certificates.Where(c => context.Enrolments.Any(e => e.Id == c.EnrolmentId && e.SessionId == sessionId)).ExecuteDeleteAsync();
        return sessionId;
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task BulkIssueGivesEveryCompletedTraineeOfTheSessionOneVerifiableCertificate(StorageProvider provider)
    {
        var (store, issuer, verifier) = await SeededAsync(provider);
        await using var _ = store;
        var sessionId = await SessionWithoutCertificatesAsync(store);
        await using var context = store.Contexts.Create();
        var completed = await context.Enrolments.CountAsync(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Completed);

        var issued = await issuer.IssueForSessionAsync(Manager, sessionId, CancellationToken.None);
        var again = await issuer.IssueForSessionAsync(Manager, sessionId, CancellationToken.None);

        Assert.True(completed > 10);
        Assert.Equal(completed, issued);
        Assert.Equal(0, again);
        var codes = await context.Certificates.Where(c => context.Enrolments.Any(e => e.Id == c.EnrolmentId && e.SessionId == sessionId))
            .Select(c => c.Code).ToListAsync();
        var verification = await verifier.VerifyAsync(codes[0].ToLowerInvariant().Replace("-", "", StringComparison.Ordinal), "zh", CancellationToken.None);
        Assert.Equal(CertificateVerificationStatus.Valid, verification.Status);
        Assert.Equal(120, verification.SessionNumber);
        Assert.False(string.IsNullOrEmpty(verification.Name));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", verification.ProgrammeTitle);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task OnlyACompletedEnrolmentGetsACertificateAndOnlyOnce(StorageProvider provider)
    {
        var (store, issuer, _) = await SeededAsync(provider);
        await using var _1 = store;
        var sessionId = await SessionWithoutCertificatesAsync(store);
        await using var context = store.Contexts.Create();
        var completed = await context.Enrolments.FirstAsync(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Completed);
        var notCompleted = await context.Enrolments.FirstOrDefaultAsync(e => e.Status == EnrolmentStatus.Enrolled)
            ?? throw new InvalidOperationException("the demo base has enrolments that did not complete");

        var first = await issuer.IssueAsync(Manager, completed.Id, CancellationToken.None);
        var second = await issuer.IssueAsync(Manager, completed.Id, CancellationToken.None);
        var refused = await issuer.IssueAsync(Manager, notCompleted.Id, CancellationToken.None);
        var missing = await issuer.IssueAsync(Manager, int.MaxValue, CancellationToken.None);

        Assert.Equal(CertificateIssueOutcome.Issued, first.Outcome);
        Assert.Equal(new CertificateIssueResult(CertificateIssueOutcome.AlreadyIssued, first.Code), second);
        Assert.Equal(CertificateIssueOutcome.NotCompleted, refused.Outcome);
        Assert.Equal(CertificateIssueOutcome.EnrolmentNotFound, missing.Outcome);
    }

    [Theory]
    [MemberData(nameof(TrainingTestStore.Providers), MemberType = typeof(TrainingTestStore))]
    public async Task ARevokedCertificateSaysWhyOnVerification(StorageProvider provider)
    {
        var (store, issuer, verifier) = await SeededAsync(provider);
        await using var _ = store;
        await using var context = store.Contexts.Create();
        var code = await context.Certificates.Where(c => c.Status == CertificateStatus.Valid).OrderBy(c => c.Id).Select(c => c.Code).FirstAsync();

        Assert.Equal(CertificateRevokeOutcome.ReasonMissing, await issuer.RevokeAsync(Manager, code, " ", CancellationToken.None));
        Assert.Equal(CertificateRevokeOutcome.Revoked, await issuer.RevokeAsync(Manager, code, "Attendance sheet forged", CancellationToken.None));
        Assert.Equal(CertificateRevokeOutcome.AlreadyRevoked, await issuer.RevokeAsync(Manager, code, "again", CancellationToken.None));
        Assert.Equal(CertificateRevokeOutcome.UnknownCode, await issuer.RevokeAsync(Manager, "0000-0000-0000-0000", "x", CancellationToken.None));

        var verification = await verifier.VerifyAsync(code, "en", CancellationToken.None);
        Assert.Equal(CertificateVerificationStatus.Revoked, verification.Status);
        Assert.Equal("Attendance sheet forged", verification.RevocationReason);
        Assert.NotNull(verification.RevokedAt);
    }

    [Fact]
    public async Task UnknownAndMalformedCodesAreToldApart()
    {
        var (store, _, verifier) = await SeededAsync(StorageProvider.Sqlite);
        await using var _1 = store;

        Assert.Equal(CertificateVerificationStatus.Unknown, (await verifier.VerifyAsync("0000-0000-0000-0000", "en", CancellationToken.None)).Status);
        Assert.Equal(CertificateVerificationStatus.Malformed, (await verifier.VerifyAsync("not a code", "en", CancellationToken.None)).Status);
    }

    [Theory]
    [InlineData(TrainingRoles.Instructor)]
    [InlineData(TrainingRoles.Reviewer)]
    [InlineData(TrainingRoles.PartnerCoordinator)]
    [InlineData(TrainingRoles.Trainee)]
    public async Task OnlyAdministratorsAndProgrammeManagersIssueOrRevoke(string role)
    {
        var (store, issuer, _) = await SeededAsync(StorageProvider.Sqlite);
        await using var _1 = store;
        var actor = Actor.Of("someone", role);

        await Assert.ThrowsAsync<TrainingAccessDeniedException>(() => issuer.IssueAsync(actor, 1, CancellationToken.None));
        await Assert.ThrowsAsync<TrainingAccessDeniedException>(() => issuer.IssueForSessionAsync(actor, 1, CancellationToken.None));
        await Assert.ThrowsAsync<TrainingAccessDeniedException>(() => issuer.RevokeAsync(actor, "0000-0000-0000-0000", "x", CancellationToken.None));
        Assert.NotEqual(CertificateIssueOutcome.EnrolmentNotFound, (await issuer.IssueAsync(Actor.Of("admin", TrainingRoles.Administrator), 1, CancellationToken.None)).Outcome);
    }
}
