using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.Access;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Cohorts;

/// <summary>
/// Enrols a cohort read from a file into a session, all or nothing. <see cref="PreviewAsync"/> says what would happen
/// to every row; <see cref="ImportAsync"/> checks everything again inside one transaction that holds the session's
/// lock as <see cref="Admissions"/> does (a row lock on PostgreSQL, SQLite's write lock), so the places it counts are
/// still free when it enrols, and any problem found then saves nothing. People already in the base (by e-mail, or by
/// name, birth date and country: <see cref="TraineeIdentity"/>) are enrolled as they are; the others are recorded.
/// Only the managers of the session's programme may import; to anyone else the session does not exist.
/// </summary>
public sealed class CohortImporter(TrainingDbContextFactory contexts, TimeProvider time)
{
    private static readonly string[] MayImport = [TrainingRoles.Administrator, TrainingRoles.ProgrammeManager];

    public async Task<CohortPreview?> PreviewAsync(Actor actor, int sessionId, CohortFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(file);
        if (!actor.IsInAny(MayImport)) return null;
        await using var context = contexts.Create();
        var checkedRows = await CheckAsync(context, actor, sessionId, file, cancellationToken);
        return checkedRows?.Preview;
    }

    public async Task<CohortImportResult> ImportAsync(Actor actor, int sessionId, CohortFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(file);
        if (!actor.IsInAny(MayImport)) return new CohortImportResult(CohortImportOutcome.SessionNotFound, null, 0, 0);
        await using var context = contexts.Create();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (contexts.Provider == StorageProvider.Postgres)
        {
            await context.Database.ExecuteSqlAsync(
                $"SELECT 1 FROM \"TrainingSessions\" WHERE \"Id\" = {sessionId} FOR UPDATE", cancellationToken);
        }
        var checkedRows = await CheckAsync(context, actor, sessionId, file, cancellationToken);
        if (checkedRows is null) return new CohortImportResult(CohortImportOutcome.SessionNotFound, null, 0, 0);
        if (!checkedRows.Preview.CanConfirm) return new CohortImportResult(CohortImportOutcome.Refused, checkedRows.Preview, 0, 0);

        var newTrainees = checkedRows.People.Where(p => p.Existing is null).Select(p => p.Person.ToTrainee()).ToList();
        context.Trainees.AddRange(newTrainees);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A person recorded meanwhile by an application (which does not take the session's lock) with the same
            // e-mail or name, birth date and country: nothing is saved; a new preview will show them as existing.
            await transaction.RollbackAsync(cancellationToken);
            return new CohortImportResult(CohortImportOutcome.Refused, await PreviewAsync(actor, sessionId, file, cancellationToken), 0, 0);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var queue = new Queue<Trainee>(newTrainees);
        foreach (var (_, existing) in checkedRows.People)
        {
            context.Enrolments.Add(new Enrolment
            {
                SessionId = sessionId,
                TraineeId = existing ?? queue.Dequeue().Id,
                EnrolledAt = now,
                Status = EnrolmentStatus.Enrolled,
            });
        }
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CohortImportResult(CohortImportOutcome.Imported, checkedRows.Preview, checkedRows.People.Count, newTrainees.Count);
    }

    private sealed record CheckedRows(CohortPreview Preview, List<(CohortPerson Person, int? Existing)> People);

    private async Task<CheckedRows?> CheckAsync(TrainingDbContext context, Actor actor, int sessionId, CohortFile file, CancellationToken cancellationToken)
    {
        var session = await TrainingScope.ManagedSessions(context, actor).Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.Capacity }).SingleOrDefaultAsync(cancellationToken);
        if (session is null) return null;
        var taken = await context.Enrolments.CountAsync(e => e.SessionId == sessionId && e.Status != EnrolmentStatus.Withdrawn, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        var validated = file.Rows.Select(row =>
        {
            var problems = new List<CohortProblem>();
            return (Row: row, Person: CohortRowValidator.Validate(row, today, problems), Problems: problems);
        }).ToList();
        var emailKeys = validated.Select(v => v.Person?.EmailKey).OfType<string>().Distinct().ToList();
        var personKeys = validated.Select(v => v.Person?.PersonKey).OfType<string>().Distinct().ToList();
        var known = await context.Trainees.AsNoTracking()
            .Where(t => (t.EmailKey != null && emailKeys.Contains(t.EmailKey)) || (t.PersonKey != null && personKeys.Contains(t.PersonKey)))
            .Select(t => new { t.Id, t.EmailKey, t.PersonKey })
            .ToListAsync(cancellationToken);
        var knownIds = known.Select(t => t.Id).ToList();
        var enrolled = (await context.Enrolments.Where(e => e.SessionId == sessionId && knownIds.Contains(e.TraineeId))
            .Select(e => e.TraineeId).ToListAsync(cancellationToken)).ToHashSet();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var free = Math.Max(0, session.Capacity - taken);
        var rows = new List<CohortPreviewRow>();
        var people = new List<(CohortPerson, int?)>();
        foreach (var (row, person, problems) in validated)
        {
            int? existing = null;
            if (person is not null)
            {
                // The e-mail is the stronger key: it is the person's own, a name and birth date may be shared.
                existing = known.FirstOrDefault(t => person.EmailKey is not null && t.EmailKey == person.EmailKey)?.Id
                    ?? known.FirstOrDefault(t => person.PersonKey is not null && t.PersonKey == person.PersonKey)?.Id;
                var keys = new[] { "e:" + person.EmailKey, "p:" + person.PersonKey }.Where(k => k.Length > 2).ToList();
                if (keys.Any(k => !seen.Add(k)))
                    problems.Add(new CohortProblem(row.Number, person.EmailKey is not null ? CohortColumn.Email : CohortColumn.LatinName, CohortProblemCode.DuplicateInFile));
                else if (existing is { } id && enrolled.Contains(id))
                    problems.Add(new CohortProblem(row.Number, CohortColumn.LatinName, CohortProblemCode.AlreadyEnrolled));
                else if (free-- <= 0)
                    problems.Add(new CohortProblem(row.Number, CohortColumn.File, CohortProblemCode.OverCapacity));
                else
                    people.Add((person, existing));
            }
            rows.Add(new CohortPreviewRow(row.Number, row[CohortColumn.LatinName], row[CohortColumn.NativeName], row[CohortColumn.Email],
                person?.CountryCode ?? row[CohortColumn.Country], existing, problems));
        }
        return new CheckedRows(new CohortPreview(session.Id, session.Capacity, taken, rows, file.Problems), people);
    }
}
