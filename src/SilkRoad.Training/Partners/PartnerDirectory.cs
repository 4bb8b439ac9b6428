using Microsoft.EntityFrameworkCore;
using SilkRoad.Training.Access;
using SilkRoad.Training.Applications;
using SilkRoad.Training.Programmes;
using SilkRoad.Training.Storage;

namespace SilkRoad.Training.Partners;

/// <summary>
/// The partner institutions with their contacts, agreements and nominations, as far as the actor may see them
/// (<see cref="TrainingScope.VisiblePartners"/>): administrators and programme managers every partner, a coordinator
/// only their own — another partner reads as not found.
/// </summary>
public sealed class PartnerDirectory(TrainingDbContextFactory contexts, TimeProvider time)
{
    /// <summary>Every partner the actor may see, by Latin name.</summary>
    public async Task<IReadOnlyList<PartnerView>> ListAsync(Actor actor, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        return await ReadAsync(context, actor, TrainingScope.VisiblePartners(context, actor), language, cancellationToken);
    }

    /// <summary>One partner, or null when it does not exist or the actor may not see it.</summary>
    public async Task<PartnerView?> ReadAsync(Actor actor, int partnerId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = contexts.Create();
        var partners = TrainingScope.VisiblePartners(context, actor).Where(p => p.Id == partnerId);
        return (await ReadAsync(context, actor, partners, language, cancellationToken)).SingleOrDefault();
    }

    private async Task<IReadOnlyList<PartnerView>> ReadAsync(TrainingDbContext context, Actor actor, IQueryable<PartnerInstitution> scope,
        string language, CancellationToken cancellationToken)
    {
        var partners = await scope.AsNoTracking().Include(p => p.Contacts).Include(p => p.Agreements)
            .OrderBy(p => p.LatinName).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        if (partners.Count == 0) return [];
        var ids = partners.Select(p => p.Id).ToList();
        var nominations = await context.Applications.AsNoTracking()
            .Where(a => a.NominatedByPartnerId != null && ids.Contains(a.NominatedByPartnerId.Value))
            .GroupBy(a => new { PartnerId = a.NominatedByPartnerId!.Value, a.SessionId }) // filtered to non-null above
            .Select(g => new { g.Key.PartnerId, g.Key.SessionId, Nominated = g.Count(), Admitted = g.Count(a => a.Status == ApplicationStatus.Admitted) })
            .ToListAsync(cancellationToken);
        var sessionIds = nominations.Select(n => n.SessionId).Distinct().ToList();
        var sessions = await context.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var programmeIds = sessions.Values.Select(s => s.ProgrammeId).Distinct().ToList();
        var titles = await context.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Texts, cancellationToken);
        var managed = (await TrainingScope.ManagedSessions(context, actor).Where(s => sessionIds.Contains(s.Id)).Select(s => s.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var byPartner = nominations.ToLookup(n => n.PartnerId, n =>
        {
            var session = sessions[n.SessionId];
            return new NominatedSession(session.Id, session.Number, LocalizedTitles.Pick(titles[session.ProgrammeId], language), session.StartsOn,
                n.Nominated, n.Admitted, managed.Contains(session.Id));
        });
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return partners.Select(p => new PartnerView(p.Id, p.Name, p.LatinName, p.CountryCode, p.City,
                p.Contacts.OrderBy(c => c.Id).ToList(),
                p.Agreements.OrderByDescending(a => a.StartsOn).Select(a => AgreementView.Of(a, today)).ToList(),
                byPartner[p.Id].OrderByDescending(s => s.StartsOn).ThenByDescending(s => s.Number).ToList()))
            .ToList();
    }
}
