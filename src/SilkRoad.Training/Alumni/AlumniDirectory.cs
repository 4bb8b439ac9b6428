using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;
using SilkRoad.Training.Trainees;

namespace SilkRoad.Training.Alumni;

/// <summary>
/// The alumni directory: people who completed a session (alumni) and said yes to being listed
/// (<see cref="Trainee.AlumniOptIn"/>). Anyone else is never read by it, whatever the search. The text search runs in
/// memory over the listed people's names and institutions, because neither SQLite nor PostgreSQL folds case and
/// accents in every script the same way; at the base's scale (a few thousand listed) that is cheap.
/// </summary>
public sealed class AlumniDirectory(TrainingDbContextFactory contexts)
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    public async Task<AlumniPage> SearchAsync(AlumniQuery query, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, AlumniQuery.MaxPageSize);
        await using var context = contexts.Create();
        var listed = Listed(context);
        var countries = await listed.Select(t => t.CountryCode).Distinct().ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(query.CountryCode))
        {
            var country = query.CountryCode.Trim().ToUpperInvariant();
            listed = listed.Where(t => t.CountryCode == country);
        }
        var people = await listed.Select(t => new { t.Id, t.NativeName, t.LatinName, t.Institution }).ToListAsync(cancellationToken);
        var text = query.Text?.Trim();
        var matching = people
            .Where(p => string.IsNullOrEmpty(text) || Contains(p.NativeName, text) || Contains(p.LatinName, text) || Contains(p.Institution, text))
            .OrderBy(p => p.LatinName, StringComparer.InvariantCultureIgnoreCase).ThenBy(p => p.Id)
            .ToList();
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (matching.Count + pageSize - 1) / pageSize));
        var ids = matching.Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToList();

        var trainees = await context.Trainees.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var sessions = await (from e in context.Enrolments
                              where ids.Contains(e.TraineeId) && e.Status == EnrolmentStatus.Completed
                              join s in context.Sessions on e.SessionId equals s.Id
                              select new { e.TraineeId, s.Number, s.StartsOn, s.ProgrammeId }).ToListAsync(cancellationToken);
        var programmeIds = sessions.Select(s => s.ProgrammeId).Distinct().ToList();
        var titles = (await context.Programmes.AsNoTracking().Include(p => p.Texts).Where(p => programmeIds.Contains(p.Id)).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => LocalizedTitles.Pick(p.Texts, language));
        var alumni = ids.Select(id => trainees[id]).Select(t => new Alumnus(t.NativeName, t.LatinName, t.CountryCode, t.Institution,
            sessions.Where(s => s.TraineeId == t.Id).OrderBy(s => s.StartsOn)
                .Select(s => new AlumnusSession(s.Number, titles[s.ProgrammeId], s.StartsOn)).ToList())).ToList();
        return new AlumniPage(alumni, matching.Count, page, pageSize, countries.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Alumni who opted in: the only people the directory ever reads.</summary>
    private static IQueryable<Trainee> Listed(TrainingDbContext context) =>
        context.Trainees.Where(t => t.AlumniOptIn && context.Enrolments.Any(e => e.TraineeId == t.Id && e.Status == EnrolmentStatus.Completed));

    private static bool Contains(string? value, string text) =>
        value is not null && Compare.IndexOf(value, text, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
