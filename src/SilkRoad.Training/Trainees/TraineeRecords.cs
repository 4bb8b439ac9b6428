using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Trainees;

/// <summary>
/// A trainee's own record, and the link between their account and it. An account is linked to the trainee record
/// that has its address when the address is confirmed and the record has no account yet (on the first visit to
/// "my record", or when the signed-in person applies with that address; see <see cref="Applications.ApplicationOrigin"/>).
/// An unconfirmed address links nothing: anyone can type someone else's.
/// </summary>
public sealed class TraineeRecords(TrainingDbContextFactory contexts)
{
    /// <summary>Links the account to the record with its confirmed address, when neither is linked yet; true when the account has a record now.</summary>
    public async Task<bool> LinkAsync(string userId, string? confirmedEmail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await using var context = contexts.Create();
        if (await context.Trainees.AnyAsync(t => t.UserId == userId, cancellationToken)) return true;
        var key = TraineeIdentity.EmailKey(confirmedEmail);
        if (key is null) return false;
        // One statement, so that two first visits at once cannot link two accounts to one record.
        var linked = await context.Trainees.Where(t => t.EmailKey == key && t.UserId == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.UserId, userId), cancellationToken);
        return linked > 0;
    }

    /// <summary>
    /// The person's own choice to be listed in the alumni directory (or no longer): only their own record, only by
    /// them. False when the account has no record.
    /// </summary>
    public async Task<bool> SetAlumniListingAsync(Actor actor, bool listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("choose their alumni listing", TrainingRoles.Trainee);
        await using var context = contexts.Create();
        return await context.Trainees.Where(t => t.UserId == actor.UserId)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.AlumniOptIn, listed), cancellationToken) > 0;
    }

    /// <summary>The record linked to the actor's account; null when there is none.</summary>
    public async Task<TraineeRecord?> RecordAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Require("read their record", TrainingRoles.Trainee);
        await using var context = contexts.Create();
        var trainee = await context.Trainees.AsNoTracking().SingleOrDefaultAsync(t => t.UserId == actor.UserId, cancellationToken);
        if (trainee is null) return null;
        var applications = await (from a in context.Applications
                                  where a.TraineeId == trainee.Id
                                  join s in context.Sessions on a.SessionId equals s.Id
                                  orderby a.SubmittedAt descending
                                  select new { a.Id, SessionId = s.Id, s.Number, s.ProgrammeId, s.StartsOn, s.EndsOn, a.SubmittedAt, a.Status })
            .ToListAsync(cancellationToken);
        var enrolments = await (from e in context.Enrolments
                                where e.TraineeId == trainee.Id
                                join s in context.Sessions on e.SessionId equals s.Id
                                join c in context.Certificates on e.Id equals c.EnrolmentId into certificates
                                from c in certificates.DefaultIfEmpty()
                                orderby s.StartsOn descending
                                select new
                                {
                                    SessionId = s.Id,
                                    s.Number,
                                    s.ProgrammeId,
                                    s.StartsOn,
                                    s.EndsOn,
                                    e.Status,
                                    Code = c == null ? null : c.Code,
                                    CertificateStatus = c == null ? (Certificates.CertificateStatus?)null : c.Status,
                                })
            .ToListAsync(cancellationToken);
        var programmeIds = applications.Select(a => a.ProgrammeId).Concat(enrolments.Select(e => e.ProgrammeId)).Distinct().ToList();
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts)
            .Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        string Title(int programmeId) => LocalizedTitles.Pick(programmes[programmeId].Texts, language);
        return new TraineeRecord(trainee.NativeName, trainee.LatinName,
            applications.Select(a => new TraineeApplicationLine(a.Id, a.SessionId, a.Number, Title(a.ProgrammeId), a.StartsOn, a.EndsOn,
                DateTime.SpecifyKind(a.SubmittedAt, DateTimeKind.Utc), a.Status)).ToList(),
            enrolments.Select(e => new TraineeEnrolmentLine(e.SessionId, e.Number, Title(e.ProgrammeId), e.StartsOn, e.EndsOn, e.Status, e.Code,
                e.CertificateStatus)).ToList(),
            trainee.AlumniOptIn);
    }
}
