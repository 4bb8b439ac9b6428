using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Trainees;

/// <summary>
/// The training base's part of a person's right to their data: everything held about the trainee linked to an account
/// (<see cref="Trainee.UserId"/>), decrypted, and its erasure. Erasing anonymises rather than deletes: the trainee
/// keeps their country, gender, discipline, sessions and certificates' dates, so that "trainees by country" and the
/// other reports count them as before, but nothing left names or reaches the person.
/// </summary>
public sealed class TraineePersonalData(TrainingDbContextFactory contexts)
{
    /// <summary>What an erased trainee's name reads as, on certificates' verification pages too.</summary>
    public const string ErasedName = "—";

    public async Task<TraineeExport?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await using var context = contexts.Create();
        var trainee = await context.Trainees.AsNoTracking().SingleOrDefaultAsync(t => t.UserId == userId, cancellationToken);
        if (trainee is null) return null;
        var sessions = context.Sessions.Select(s => new { s.Id, s.Number });
        var applications = await context.Applications.AsNoTracking().Where(a => a.TraineeId == trainee.Id)
            .Join(sessions, a => a.SessionId, s => s.Id, (a, s) => new TraineeExport.Application(s.Number, a.SubmittedAt, a.Status.ToString(), a.Motivation,
                a.WithdrawnAt, a.WithdrawalReason))
            .ToListAsync(cancellationToken);
        var enrolments = await context.Enrolments.AsNoTracking().Where(e => e.TraineeId == trainee.Id)
            .Join(sessions, e => e.SessionId, s => s.Id, (e, s) => new TraineeExport.Enrolment(s.Number, e.EnrolledAt, e.Status.ToString(),
                context.Attendance.Count(a => a.EnrolmentId == e.Id && a.Present), context.Attendance.Count(a => a.EnrolmentId == e.Id),
                e.WithdrawnAt, e.WithdrawalReason))
            .ToListAsync(cancellationToken);
        var certificates = await context.Certificates.AsNoTracking()
            .Where(c => context.Enrolments.Any(e => e.Id == c.EnrolmentId && e.TraineeId == trainee.Id))
            .Select(c => new TraineeExport.Certificate(c.Code, c.IssuedAt, c.Status.ToString(), c.RevocationReason))
            .ToListAsync(cancellationToken);
        return new TraineeExport(trainee.NativeName, trainee.LatinName, trainee.BirthDate, trainee.CountryCode, trainee.Gender.ToString(),
            trainee.Institution, trainee.Discipline, trainee.Languages, trainee.Email, trainee.Phone,
            trainee.PassportNumber, trainee.Address, trainee.AlumniOptIn,
            applications, enrolments, certificates);
    }

    /// <summary>Anonymises the trainee linked to <paramref name="userId"/>; nothing happens when there is none.</summary>
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await using var context = contexts.Create();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var trainee = await context.Trainees.SingleOrDefaultAsync(t => t.UserId == userId, cancellationToken);
        if (trainee is null) return;
        await context.Applications.Where(a => a.TraineeId == trainee.Id)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Motivation, (string?)null).SetProperty(x => x.WithdrawalReason, (string?)null), cancellationToken);
        // A reason for withdrawing is the person's own words, as a motivation is; the withdrawal itself still counts.
        await context.Enrolments.Where(e => e.TraineeId == trainee.Id)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.WithdrawalReason, (string?)null), cancellationToken);
        // Survey comments are free text by the person (a follow-up's tells of their career since): they go too; the
        // ratings and yes/no answers stay counted.
        await context.FollowUpResponses.Where(r => context.Enrolments.Any(e => e.Id == r.EnrolmentId && e.TraineeId == trainee.Id))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Comment, (string?)null), cancellationToken);
        await context.SurveyResponses.Where(r => context.Enrolments.Any(e => e.Id == r.EnrolmentId && e.TraineeId == trainee.Id))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Comment, (string?)null), cancellationToken);
        trainee.NativeName = ErasedName;
        trainee.LatinName = ErasedName;
        trainee.BirthDate = null;
        trainee.Email = null;
        trainee.EmailKey = null;
        trainee.Phone = null;
        trainee.PassportNumber = null;
        trainee.Address = null;
        trainee.PersonKey = null;
        trainee.Institution = null;
        trainee.UserId = null;
        trainee.AlumniOptIn = false;
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
