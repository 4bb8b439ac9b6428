using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Reports;

/// <summary>
/// Counts the base's trainees along one dimension. A trainee is a person with an enrolment that was not withdrawn;
/// each is counted once per group (once per year even when they came twice that year), so a group's count is the
/// number of different people in it, and the groups of a person's own attributes (country, region, gender) add up to
/// the total. Grouping and distinct counting run in the database. A <see cref="ReportFilter"/> narrows the
/// participations (and, for <see cref="TrainingReportKind.SessionsByTopic"/>, the sessions) counted.
/// </summary>
public sealed class TrainingReports(TrainingDbContextFactory contexts)
{
    public Task<ReportTable> ComputeAsync(TrainingReportKind kind, string language, CancellationToken cancellationToken) =>
        ComputeAsync(kind, language, ReportFilter.None, cancellationToken);

    public async Task<ReportTable> ComputeAsync(TrainingReportKind kind, string language, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = contexts.Create();
        var participations = Participations(context, filter);
        var total = await participations.Select(p => p.TraineeId).Distinct().LongCountAsync(cancellationToken);
        var rows = kind switch
        {
            TrainingReportKind.ByCountry => await ByCountryAsync(participations, context, cancellationToken),
            TrainingReportKind.ByRegion => (await ByCountryAsync(participations, context, cancellationToken))
                .GroupBy(r => WorldRegions.Of(r.Key))
                .Select(g => new ReportRow(g.Key.ToString(), g.Key.ToString(), g.Sum(r => r.Count)))
                .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList(),
            TrainingReportKind.ByYear => (await participations
                    .GroupBy(p => p.Year)
                    .Select(g => new { g.Key, Count = g.Select(p => p.TraineeId).Distinct().LongCount() })
                    .ToListAsync(cancellationToken))
                .OrderBy(g => g.Key)
                .Select(g => Row(g.Key.ToString(CultureInfo.InvariantCulture), g.Count)).ToList(),
            TrainingReportKind.ByProgramme => await ByProgrammeAsync(participations, context, language, cancellationToken),
            TrainingReportKind.BySession => (await participations
                    .GroupBy(p => p.SessionNumber)
                    .Select(g => new { g.Key, Count = g.Select(p => p.TraineeId).Distinct().LongCount() })
                    .ToListAsync(cancellationToken))
                .OrderBy(g => g.Key)
                .Select(g => Row(g.Key.ToString(CultureInfo.InvariantCulture), g.Count)).ToList(),
            TrainingReportKind.ByGender => (await context.Trainees
                    .Where(t => participations.Any(p => p.TraineeId == t.Id))
                    .GroupBy(t => t.Gender)
                    .Select(g => new { g.Key, Count = g.LongCount() })
                    .ToListAsync(cancellationToken))
                .OrderByDescending(g => g.Count)
                .Select(g => Row(g.Key.ToString(), g.Count)).ToList(),
            TrainingReportKind.ByMode => (await participations
                    .GroupBy(p => p.Mode)
                    .Select(g => new { g.Key, Count = g.Select(p => p.TraineeId).Distinct().LongCount() })
                    .ToListAsync(cancellationToken))
                .OrderByDescending(g => g.Count)
                .Select(g => Row(g.Key.ToString(), g.Count)).ToList(),
            TrainingReportKind.SessionsByTopic => await SessionsByTopicAsync(context, language, filter, cancellationToken),
            TrainingReportKind.AlumniByCountry => await ByCountryAsync(participations.Where(p => p.Completed), context, cancellationToken),
            TrainingReportKind.AlumniByInstitution => (await context.Trainees
                    .Where(t => participations.Any(p => p.TraineeId == t.Id && p.Completed))
                    .GroupBy(t => t.Institution ?? "")
                    .Select(g => new { g.Key, Count = g.LongCount() })
                    .ToListAsync(cancellationToken))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(g.Key, g.Count)).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        // Sessions are not people; an alumnus has one country and one institution, so the rows add up to the alumni.
        if (kind is TrainingReportKind.SessionsByTopic or TrainingReportKind.AlumniByCountry or TrainingReportKind.AlumniByInstitution)
            total = rows.Sum(r => r.Count);
        return new ReportTable(kind, rows, total);
    }

    private static ReportRow Row(string key, long count) => new(key, key, count);

    // Member initialisation, not a constructor: EF Core can group by members of the former only.
    private sealed class Participation
    {
        public int TraineeId { get; init; }
        public int SessionNumber { get; init; }
        public int ProgrammeId { get; init; }
        public int Year { get; init; }
        public SessionMode Mode { get; init; }
        public bool Completed { get; init; }
    }

    private static IQueryable<Participation> Participations(TrainingDbContext context, ReportFilter filter) =>
        from e in context.Enrolments
        where e.Status != EnrolmentStatus.Withdrawn
        join s in Sessions(context, filter) on e.SessionId equals s.Id
        select new Participation
        {
            TraineeId = e.TraineeId,
            SessionNumber = s.Number,
            ProgrammeId = s.ProgrammeId,
            Year = s.StartsOn.Year,
            Mode = s.Mode,
            Completed = e.Status == EnrolmentStatus.Completed
        };

    private static IQueryable<Session> Sessions(TrainingDbContext context, ReportFilter filter)
    {
        var sessions = context.Sessions.AsQueryable();
        // Years outside what a date can hold restrict nothing more than the calendar's ends do.
        if (filter.FromYear is { } from)
        {
            var first = new DateOnly(Math.Clamp(from, 1, 9999), 1, 1);
            sessions = sessions.Where(s => s.StartsOn >= first);
        }
        if (filter.ToYear is { } to)
        {
            var last = new DateOnly(Math.Clamp(to, 1, 9999), 12, 31);
            sessions = sessions.Where(s => s.StartsOn <= last);
        }
        if (filter.Mode is { } mode) sessions = sessions.Where(s => s.Mode == mode);
        if (!string.IsNullOrEmpty(filter.ProgrammeCode))
            sessions = sessions.Where(s => context.Programmes.Any(p => p.Id == s.ProgrammeId && p.Code == filter.ProgrammeCode));
        return sessions;
    }

    /// <summary>The years and programmes a filter can choose from, programme titles in <paramref name="language"/>.</summary>
    public async Task<ReportChoices> ChoicesAsync(string language, CancellationToken cancellationToken)
    {
        await using var context = contexts.Create();
        var years = await context.Sessions.Select(s => s.StartsOn.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts).ToListAsync(cancellationToken);
        var culture = CultureInfo.GetCultureInfo(language);
        return new ReportChoices(years, programmes.Select(p => new ProgrammeChoice(p.Code, LocalizedTitles.Pick(p.Texts, language)))
            .OrderBy(p => p.Title, StringComparer.Create(culture, ignoreCase: true)).ThenBy(p => p.Code, StringComparer.Ordinal).ToList());
    }

    private static async Task<List<ReportRow>> ByCountryAsync(IQueryable<Participation> participations, TrainingDbContext context, CancellationToken cancellationToken)
    {
        return (await context.Trainees
            .Where(t => participations.Any(p => p.TraineeId == t.Id))
            .GroupBy(t => t.CountryCode)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => Row(g.Key, g.Count)).ToList();
    }

    private static async Task<List<ReportRow>> ByProgrammeAsync(IQueryable<Participation> participations, TrainingDbContext context, string language,
        CancellationToken cancellationToken)
    {
        var counts = await participations
            .GroupBy(p => p.ProgrammeId)
            .Select(g => new { g.Key, Count = g.Select(p => p.TraineeId).Distinct().LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts).ToListAsync(cancellationToken);
        return programmes.Where(p => counts.ContainsKey(p.Id))
            .Select(p => new ReportRow(p.Code, LocalizedTitles.Pick(p.Texts, language), counts[p.Id]))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    private static async Task<List<ReportRow>> SessionsByTopicAsync(TrainingDbContext context, string language, ReportFilter filter,
        CancellationToken cancellationToken)
    {
        var counts = await (from s in Sessions(context, filter)
                            join p in context.Programmes on s.ProgrammeId equals p.Id
                            group s by p.TopicId into g
                            select new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var topics = await context.Topics.AsNoTracking().Include(t => t.Texts).ToListAsync(cancellationToken);
        // Unfiltered, every topic is listed, those without sessions too; a filtered report lists the topics it found.
        return topics.Select(t => new ReportRow(t.Code, LocalizedTitles.Pick(t.Texts, language), counts.GetValueOrDefault(t.Id)))
            .Where(r => filter.IsEmpty || r.Count > 0)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }
}
