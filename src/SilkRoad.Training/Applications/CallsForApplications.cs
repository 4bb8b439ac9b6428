using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Applications;

/// <summary>The sessions that take applications today: on or before their deadline and not yet begun.</summary>
public sealed class CallsForApplications(TrainingDbContextFactory contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<OpenCall>> ListAsync(string language, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await using var context = contexts.Create();
        var sessions = await context.Sessions.AsNoTracking().Include(s => s.TargetCountries)
            .Where(s => s.ApplicationDeadline != null && s.ApplicationDeadline >= today && s.StartsOn > today)
            .OrderBy(s => s.ApplicationDeadline).ThenBy(s => s.Number)
            .ToListAsync(cancellationToken);
        return await DescribeAsync(context, sessions, language, cancellationToken);
    }

    /// <summary>The open call of one session; null when there is no such session or its call is closed.</summary>
    public async Task<OpenCall?> FindAsync(int sessionNumber, string language, CancellationToken cancellationToken) =>
        (await ListAsync(language, cancellationToken)).FirstOrDefault(c => c.SessionNumber == sessionNumber);

    private static async Task<IReadOnlyList<OpenCall>> DescribeAsync(TrainingDbContext context, List<Session> sessions, string language,
        CancellationToken cancellationToken)
    {
        var programmeIds = sessions.Select(s => s.ProgrammeId).Distinct().ToList();
        var programmes = await context.Programmes.AsNoTracking().Include(p => p.Texts)
            .Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var topicIds = programmes.Values.Select(p => p.TopicId).Distinct().ToList();
        var topics = await context.Topics.AsNoTracking().Include(t => t.Texts)
            .Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return sessions.Select(s =>
        {
            var programme = programmes[s.ProgrammeId];
            return new OpenCall(s.Number, LocalizedTitles.Pick(programme.Texts, language), LocalizedTitles.Pick(topics[programme.TopicId].Texts, language),
                s.StartsOn, s.EndsOn, s.ApplicationDeadline!.Value, s.Mode, s.Venue, s.InstructionLanguage, s.Capacity,
                s.TargetCountries.Select(c => c.CountryCode).Order(StringComparer.Ordinal).ToList());
        }).ToList();
    }
}
